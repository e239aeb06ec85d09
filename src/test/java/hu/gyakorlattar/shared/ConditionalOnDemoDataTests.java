package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data comes with the zero-setup run, never by surprise into a production database.
 */
class ConditionalOnDemoDataTests {

	@Test
	void theEmbeddedDatabaseGetsDemoData() {
		assertThat(wanted(new MockEnvironment())).isTrue();
		assertThat(wanted(new MockEnvironment().withProperty("spring.datasource.url", ""))).isTrue();
	}

	@Test
	void aConfiguredDatabaseGetsNoDemoDataUnlessAskedFor() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/gyakorlattar");
		assertThat(wanted(production)).isFalse();
		assertThat(wanted(production.withProperty("gyakorlattar.demo-data", "true"))).isTrue();
	}

	@Test
	void theSettingAlwaysDecidesWhenGiven() {
		assertThat(wanted(new MockEnvironment().withProperty("gyakorlattar.demo-data", "false"))).isFalse();
	}

	private static boolean wanted(MockEnvironment environment) {
		return ConditionalOnDemoData.DemoDataWanted.wanted(environment);
	}

}
