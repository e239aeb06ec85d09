package hu.gyakorlattar.practice;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.StatementCounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every published practice as other modules read it, on each showing of the impact map,
 * the matchmaking and the transfers' pages: with its owners and themes, in one statement
 * however many practices there are; the open-data export and the editors' list with their
 * tags too, in a fixed number of statements. Two practices of a year and theme of this
 * test's own, withdrawn afterwards.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedPracticesTests {

	/** Before the demo's 2021, which the home page presents as the newest year. */
	private static final int YEAR = 2010;

	private static final String VELEMER = "18430";

	private static final String FUZER = "17109";

	private static final String SZOLNOK = "27854";

	@Autowired
	ApplicationContext context;

	@Autowired
	PracticeManagement practices;

	@Autowired
	EditingPractices editing;

	private long theme;

	private List<Long> published = List.of();

	@BeforeAll
	void twoPracticesOfTheYear() {
		this.theme = ThemesForTests.theme(this.context.getBean(ProgrammeManagement.class), YEAR,
				"Egyszerre olvasva: falugondnokság");
		this.published = List.of(
				PracticesForTests
					.published(this.context, YEAR, this.theme, "Egyszerre olvasva: két falu gondnoka", VELEMER, FUZER)
					.id(),
				PracticesForTests
					.published(this.context, YEAR, this.theme, "Egyszerre olvasva: városi gondnokság", SZOLNOK)
					.id());
	}

	@AfterAll
	void withdrawn() {
		this.published.forEach((id) -> PracticesForTests.withdrawn(this.context, id));
	}

	@Test
	void everyPublishedPracticeComesWithItsOwnersInTheirOrderAndItsThemesNewestFirst() {
		assertThat(this.practices.publishedPractices()).filteredOn((practice) -> practice.cycleYear() == YEAR)
			.extracting(PublishedPractice::ownerKshCodes, PublishedPractice::themeIds)
			.containsExactly(tuple(List.of(SZOLNOK), List.of(this.theme)),
					tuple(List.of(VELEMER, FUZER), List.of(this.theme)));
	}

	@Test
	void everyPublishedPracticeIsReadInOneStatement() throws Exception {
		assertThat(this.practices.publishedPractices()).hasSizeGreaterThan(2);

		assertThat(StatementCounts.of(this.practices::publishedPractices)).isEqualTo(1);
	}

	@Test
	void theOpenDataExportReadsOwnersThemesAndTagsInFourStatementsHoweverManyPracticesThereAre() throws Exception {
		assertThat(this.practices.allPublished()).hasSizeGreaterThan(2);

		assertThat(StatementCounts.of(this.practices::allPublished)).isEqualTo(4);
	}

	@Test
	void theEditorsListReadsOwnersThemesAndTagsInFourStatements() throws Exception {
		assertThat(StatementCounts.of(this.editing::allForEditors)).isEqualTo(4);
	}

}
