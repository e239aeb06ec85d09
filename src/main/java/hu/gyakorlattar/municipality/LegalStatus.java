package hu.gyakorlattar.municipality;

import java.util.Optional;

import hu.gyakorlattar.shared.HungarianFormats;

/**
 * A municipality's legal status (jogállás) as the KSH gazetteer names it. The capital's
 * districts are municipalities of their own; a district seat (járásszékhely) is not a
 * legal status.
 */
public enum LegalStatus {

	FOVAROS("főváros"),

	FOVAROSI_KERULET("fővárosi kerület"),

	MEGYESZEKHELY_MEGYEI_JOGU_VAROS("megyeszékhely, megyei jogú város"),

	MEGYEI_JOGU_VAROS("megyei jogú város"),

	VAROS("város"),

	NAGYKOZSEG("nagyközség"),

	KOZSEG("község");

	private final String gazetteerName;

	LegalStatus(String gazetteerName) {
		this.gazetteerName = gazetteerName;
	}

	/**
	 * The status a gazetteer cell names, whatever its spacing, case or accents (the 2024
	 * file writes Budapest's status as "főváros ").
	 */
	static Optional<LegalStatus> fromGazetteer(String text) {
		String folded = HungarianFormats.fold(text).replaceAll("\\s+", " ").replaceAll("\\s*,\\s*", ", ");
		for (LegalStatus status : values()) {
			if (HungarianFormats.fold(status.gazetteerName).equals(folded)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

	/** The status as the gazetteer writes it. */
	String gazetteerName() {
		return this.gazetteerName;
	}

	/** Message key of the status's label, e.g. {@code municipality.status.VAROS}. */
	public String messageKey() {
		return "municipality.status." + name();
	}

}
