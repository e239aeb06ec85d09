package hu.gyakorlattar.municipality;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a municipality takes over what a gazetteer says. */
class MunicipalityTests {

	private static final GazetteerEntry ABA = new GazetteerEntry(4, "17376", "Aba", LegalStatus.VAROS, "Fejér", "085",
			"Székesfehérvári", 4396, 8805);

	@Test
	void theSameEntryAgainChangesNothing() {
		Municipality aba = new Municipality(ABA, 2024);
		assertThat(aba.takeOver(ABA, 2024)).isEmpty();
	}

	@Test
	void aNewerYearWithTheSameDataIsOnlyRecordedAsSeen() {
		Municipality aba = new Municipality(ABA, 2024);
		assertThat(aba.takeOver(ABA, 2025)).containsExactly(GazetteerChange.Kind.OTHER_UPDATED);
		assertThat(aba.getLastSeenYear()).isEqualTo(2025);
	}

	@Test
	void severalKindsOfChangeAreReportedTogether() {
		Municipality aba = new Municipality(ABA, 2024);
		GazetteerEntry changed = new GazetteerEntry(4, "17376", "Aba-Újfalu", LegalStatus.NAGYKOZSEG, "Pest", "085",
				"Székesfehérvári", 4396, 8805);
		Set<GazetteerChange.Kind> kinds = aba.takeOver(changed, 2025);
		assertThat(kinds).containsExactlyInAnyOrder(GazetteerChange.Kind.RENAMED, GazetteerChange.Kind.STATUS_CHANGED,
				GazetteerChange.Kind.COUNTY_CHANGED);
		assertThat(aba.getName()).isEqualTo("Aba-Újfalu");
	}

	@Test
	void aMunicipalityThatDroppedOutComesBack() {
		Municipality aba = new Municipality(ABA, 2024);
		aba.dropOutOfGazetteer();
		assertThat(aba.isInLatestGazetteer()).isFalse();
		assertThat(aba.takeOver(ABA, 2024)).containsExactly(GazetteerChange.Kind.REAPPEARED);
		assertThat(aba.isInLatestGazetteer()).isTrue();
	}

	@Test
	void statusesAreReadWhateverTheirSpacing() {
		assertThat(LegalStatus.fromGazetteer("főváros ")).contains(LegalStatus.FOVAROS);
		assertThat(LegalStatus.fromGazetteer(" megyeszékhely,megyei jogú  város"))
			.contains(LegalStatus.MEGYESZEKHELY_MEGYEI_JOGU_VAROS);
		assertThat(LegalStatus.fromGazetteer("Község")).contains(LegalStatus.KOZSEG);
		assertThat(LegalStatus.fromGazetteer("tanya")).isEmpty();
	}

}
