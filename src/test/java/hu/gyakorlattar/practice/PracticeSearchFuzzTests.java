package hu.gyakorlattar.practice;

import java.time.Duration;
import java.util.Locale;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.PopulationBand;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Whatever a visitor types into the knowledge-base search (operators, unbalanced quotes,
 * Lucene syntax, control characters, thousands of words) and whatever facet values a
 * hand-edited URL carries, the search answers with results (possibly none) and never
 * throws: only quotes and a leading minus mean something, everything else is text. The
 * seed corpus is in
 * {@code src/test/resources/hu/gyakorlattar/practice/PracticeSearchFuzzTestsInputs/}.
 */
@ApplicationTest
class PracticeSearchFuzzTests {

	private static final Locale HU = Locale.forLanguageTag("hu-HU");

	@Autowired
	PracticeManagement practices;

	@FuzzTest(maxDuration = "2m")
	void anyQueryIsAnsweredWithResults(FuzzedDataProvider data) {
		String county = data.consumeBoolean() ? data.consumeString(20) : null;
		LegalStatus status = data.consumeBoolean() ? data.pickValue(LegalStatus.values()) : null;
		PopulationBand band = data.consumeBoolean() ? data.pickValue(PopulationBand.values()) : null;
		Integer year = data.consumeBoolean() ? data.consumeInt() : null;
		Long theme = data.consumeBoolean() ? data.consumeLong() : null;
		AwardLevel award = data.consumeBoolean() ? data.pickValue(AwardLevel.values()) : null;
		PracticeQuery.Order order = data.pickValue(PracticeQuery.Order.values());
		int page = data.consumeInt();
		int size = data.consumeInt();
		String text = data.consumeRemainingAsString();
		PracticeQuery query = new PracticeQuery(text, theme, county, status, band, year, award, order, page, size);

		assertThat(query.words().length()).isLessThanOrEqualTo(PracticeQuery.MAX_TEXT);
		PracticeResults results = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> this.practices.search(query, HU));
		assertThat(results.total()).isNotNegative();
		assertThat(results.items()).hasSizeLessThanOrEqualTo(query.size());
	}

}
