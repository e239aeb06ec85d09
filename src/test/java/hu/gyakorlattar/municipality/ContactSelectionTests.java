package hu.gyakorlattar.municipality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSelectionTests {

	private static final MunicipalitySummary ERD = new MunicipalitySummary("08208", "Érd",
			LegalStatus.MEGYEI_JOGU_VAROS, "Pest", "Érdi", 70_000);

	private static final MunicipalitySummary BUDAPEST_XIII = new MunicipalitySummary("16498", "Budapest XIII. ker.",
			LegalStatus.FOVAROSI_KERULET, null, null, 120_000);

	@Test
	void aCountySelectsItsMunicipalitiesAndNotBudapestWhichBelongsToNone() {
		ContactSelection pest = ContactSelection.inCounties("Pest");

		assertThat(pest.selects(ERD)).isTrue();
		assertThat(pest.selects(BUDAPEST_XIII)).isFalse();
	}

	@Test
	void budapestsDistrictsAreSelectedByTheirLegalStatus() {
		assertThat(ContactSelection.withStatus(LegalStatus.FOVAROSI_KERULET).selects(BUDAPEST_XIII)).isTrue();
		assertThat(ContactSelection.all().selects(BUDAPEST_XIII)).isTrue();
	}

	@Test
	void populationBoundsAreIncluded() {
		assertThat(ContactSelection.populationBetween(70_000, 70_000).selects(ERD)).isTrue();
		assertThat(ContactSelection.populationBetween(70_001, null).selects(ERD)).isFalse();
		assertThat(ContactSelection.populationBetween(null, 69_999).selects(ERD)).isFalse();
	}

}
