package hu.gyakorlattar.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.impact.ImpactReport.Counts;
import hu.gyakorlattar.impact.ImpactReport.Row;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.transfer.TransferStatus;
import hu.gyakorlattar.transfer.TransferView;
import hu.gyakorlattar.transfer.TransferView.CheckInView;
import hu.gyakorlattar.transfer.TransferView.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** How the report counts on made-up practices and transfers: the rules the page hides. */
class ImpactReportRulesTests {

	private static final Instant NOW = Instant.parse("2022-12-31T12:00:00Z");

	private static final MunicipalitySummary BOZSVA = new MunicipalitySummary("31006", "Bózsva", LegalStatus.KOZSEG,
			"Borsod-Abaúj-Zemplén", "Sátoraljaújhelyi", 191);

	private static final MunicipalitySummary VELEMER = new MunicipalitySummary("18430", "Velemér", LegalStatus.KOZSEG,
			"Vas", "Körmendi", 71);

	private static final Map<Long, Bilingual> THEMES = themes();

	@Test
	void aPracticeOfTwoThemesCountsInEachWithItsTransfers() {
		PublishedPractice practice = practice(1, List.of(10L, 20L), BOZSVA);
		TransferView transfer = transfer(1, practice, VELEMER, TransferStatus.RUNNING);

		ImpactReport report = ImpactReport.compile(2021, THEMES, List.of(practice), List.of(transfer),
				Map.of(BOZSVA.kshCode(), BOZSVA, VELEMER.kshCode(), VELEMER), NOW);

		assertThat(report.byTheme()).containsExactly(
				new Row(new Bilingual("Idősellátás", "Elderly care"), null, new Counts(1, 1, 0, 1, 0, 0)),
				new Row(new Bilingual("Innováció", ""), null, new Counts(1, 1, 0, 1, 0, 0)));
		assertThat(report.totals()).isEqualTo(new Counts(1, 1, 0, 1, 0, 0));
	}

	@Test
	void aMunicipalityTheDirectoryNoLongerKnowsIsCountedInARowOfItsOwnAtTheEnd() {
		PublishedPractice practice = practice(1, List.of(10L), BOZSVA);
		MunicipalitySummary merged = new MunicipalitySummary("99999", "Megszűnt község", LegalStatus.KOZSEG, "Vas", "",
				100);
		TransferView transfer = transfer(1, practice, merged, TransferStatus.ADAPTING);

		ImpactReport report = ImpactReport.compile(2021, THEMES, List.of(practice), List.of(transfer),
				Map.of(BOZSVA.kshCode(), BOZSVA), NOW);

		assertThat(report.byCounty()).containsExactly(Row.county("Borsod-Abaúj-Zemplén", new Counts(1, 0, 0, 0, 0, 0)),
				new Row(null, ImpactReport.UNKNOWN_KEY, new Counts(0, 1, 1, 0, 0, 0)));
		assertThat(report.byStatus()).last()
			.isEqualTo(new Row(null, ImpactReport.UNKNOWN_KEY, new Counts(0, 1, 1, 0, 0, 0)));
		assertThat(report.adopterCounties()).as("an unknown municipality reaches no county we know").isZero();
	}

	@Test
	void onlyEachAdoptersLatestAnsweredCheckInCountsTowardsTheOutcomes() {
		PublishedPractice practice = practice(1, List.of(10L), BOZSVA);
		TransferView transfer = new TransferView(1, practice.id(), practice.slug(), practice.title(),
				practice.ownerKshCodes(), practice.ownerNames(), VELEMER.kshCode(), VELEMER.name(), "", "", "",
				TransferStatus.RUNNING, "", NOW, NOW, "", null, "", "",
				List.of(answered(6, "12"), answered(12, "30"), new CheckInView(18, NOW, null, null, "", List.of())));

		ImpactReport report = ImpactReport.compile(2021, THEMES, List.of(practice), List.of(transfer),
				Map.of(BOZSVA.kshCode(), BOZSVA, VELEMER.kshCode(), VELEMER), NOW);

		assertThat(report.outcomes()).singleElement().satisfies((outcome) -> {
			assertThat(outcome.total().value()).isEqualByComparingTo("30");
			assertThat(outcome.municipalities()).isEqualTo(1);
		});
		assertThat(report.totals().reports()).isEqualTo(2);
	}

	private static CheckInView answered(int months, String served) {
		return new CheckInView(months, NOW, NOW, TransferStatus.RUNNING, "",
				List.of(new Outcome("Ellátott idősek", "fő", new BigDecimal(served))));
	}

	private static PublishedPractice practice(long id, List<Long> themeIds, MunicipalitySummary owner) {
		return new PublishedPractice(id, "gyakorlat-" + id, "Gyakorlat " + id, "", 2021, List.of(owner.kshCode()),
				List.of(owner.name()), themeIds, "");
	}

	private static TransferView transfer(long id, PublishedPractice practice, MunicipalitySummary adopter,
			TransferStatus status) {
		return new TransferView(id, practice.id(), practice.slug(), practice.title(), practice.ownerKshCodes(),
				practice.ownerNames(), adopter.kshCode(), adopter.name(), "", "", "", status, "", NOW, NOW, "", null,
				"", "", List.of());
	}

	private static Map<Long, Bilingual> themes() {
		Map<Long, Bilingual> themes = new LinkedHashMap<>();
		themes.put(10L, new Bilingual("Idősellátás", "Elderly care"));
		themes.put(20L, new Bilingual("Innováció", ""));
		return themes;
	}

}
