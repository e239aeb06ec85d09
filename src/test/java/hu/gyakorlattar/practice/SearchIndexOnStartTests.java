package hu.gyakorlattar.practice;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import hu.gyakorlattar.shared.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation upgraded to a new index mapping rebuilds its index once at start: its
 * entries, written by the old mapping, lack the new fields the search reads.
 */
@ApplicationTest
class SearchIndexOnStartTests {

	@Autowired
	SearchIndexOnStart onStart;

	@Autowired
	PracticeManagement practices;

	@Autowired
	ApplicationContext context;

	@Test
	void anIndexWrittenByAnotherMappingIsRebuiltOnceAndStillFindsThePractices() throws InterruptedException {
		// As the next mapping version would see this one's entries.
		assertThat(this.onStart.rebuildIfStale(PracticeIndexMapping.VERSION + 1)).isPositive();

		assertThat(this.onStart.rebuildIfStale(PracticeIndexMapping.VERSION)).isZero();
		assertThat(this.practices.search(PracticeSearchTests.query(""), Locale.forLanguageTag("hu-HU")).total())
			.isPositive();
	}

	@Test
	void draftsAreNotIndexedSoTheyLeaveTheIndexCurrent() throws InterruptedException {
		this.onStart.rebuildIfStale(PracticeIndexMapping.VERSION);
		long theme = Long.parseLong(this.practices.search(PracticeSearchTests.query(""), Locale.forLanguageTag("hu-HU"))
			.facets()
			.theme()
			.get(0)
			.value());
		PracticesForTests.draft(this.context, 2021, theme, "Vázlat, amely nem kerül az indexbe",
				PracticeSearchTests.SZOLNOK);

		assertThat(this.onStart.rebuildIfStale(PracticeIndexMapping.VERSION)).isZero();
	}

}
