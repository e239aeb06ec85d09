package hu.gyakorlattar;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AOT-processed start serves the embedded default and refuses a configuration that
 * its build-time choices would silently ignore.
 */
class AotStartGuardTests {

	@Test
	void theEmbeddedDefaultStarts() {
		assertThat(AotStartGuard.unsupported(
				new MockEnvironment().withProperty("server.port", "8081").withProperty("spring.datasource.url", "")))
			.isEmpty();
	}

	@Test
	void aConfiguredDatabaseIsRefusedByName() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/gyakorlattar");
		assertThat(AotStartGuard.unsupported(production)).hasValueSatisfying((problem) -> assertThat(problem)
			.contains("spring.datasource.url", "without -Dspring.aot.enabled=true"));
	}

	@Test
	void everySettingDecidedAtBuildIsRefused() {
		for (String property : AotStartGuard.DECIDED_AT_BUILD) {
			assertThat(AotStartGuard.unsupported(new MockEnvironment().withProperty(property, "x")))
				.hasValueSatisfying((problem) -> assertThat(problem).contains(property));
		}
	}

	@Test
	void aProfileIsRefused() {
		MockEnvironment bench = new MockEnvironment();
		bench.setActiveProfiles("bench");
		assertThat(AotStartGuard.unsupported(bench))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("bench"));
	}

}
