package hu.gyakorlattar.impact;

import hu.gyakorlattar.municipality.LegalStatus;

/**
 * The legal statuses as peers see each other: a nagyközség is a village, a county seat a
 * city with county rights, Budapest's districts are the capital's.
 */
enum SettlementKind {

	VILLAGE, TOWN, CITY, CAPITAL;

	static SettlementKind of(LegalStatus status) {
		return switch (status) {
			case KOZSEG, NAGYKOZSEG -> VILLAGE;
			case VAROS -> TOWN;
			case MEGYEI_JOGU_VAROS, MEGYESZEKHELY_MEGYEI_JOGU_VAROS -> CITY;
			case FOVAROS, FOVAROSI_KERULET -> CAPITAL;
		};
	}

	/** One such municipality: "község". */
	String messageKey() {
		return "impact.kind." + name();
	}

	/** Where several are: "községekben". */
	String pluralMessageKey() {
		return "impact.kind." + name() + ".many";
	}

}
