package hu.gyakorlattar.municipality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactSelectionTests {

	private static final MunicipalitySummary ERD = new MunicipalitySummary("08208", "Érd",
			LegalStatus.MEGYEI_JOGU_VAROS, "Pest", "Érdi", 70_000);

	/** As the gazetteer has it: the capital in no county, its districts in "főváros". */
	private static final MunicipalitySummary BUDAPEST = new MunicipalitySummary("13578", "Budapest",
			LegalStatus.FOVAROS, null, null, 1_700_000);

	private static final MunicipalitySummary BUDAPEST_I = new MunicipalitySummary("09566", "Budapest 01. ker.",
			LegalStatus.FOVAROSI_KERULET, "főváros", null, 25_000);

	@Test
	void aCountySelectsItsMunicipalitiesAndNotTheCapitalWhichBelongsToNone() {
		ContactSelection pest = ContactSelection.inCounties("Pest");

		assertThat(pest.selects(ERD)).isTrue();
		assertThat(pest.selects(BUDAPEST)).isFalse();
		assertThat(pest.selects(BUDAPEST_I)).isFalse();
		assertThat(ContactSelection.inCounties("főváros").selects(BUDAPEST_I)).isTrue();
	}

	@Test
	void theCapitalIsSelectedByItsLegalStatus() {
		assertThat(ContactSelection.withStatus(LegalStatus.FOVAROS).selects(BUDAPEST)).isTrue();
		assertThat(ContactSelection.all().selects(BUDAPEST)).isTrue();
	}

	@Test
	void populationBoundsAreIncluded() {
		assertThat(ContactSelection.populationBetween(70_000, 70_000).selects(ERD)).isTrue();
		assertThat(ContactSelection.populationBetween(70_001, null).selects(ERD)).isFalse();
		assertThat(ContactSelection.populationBetween(null, 69_999).selects(ERD)).isFalse();
	}

}
