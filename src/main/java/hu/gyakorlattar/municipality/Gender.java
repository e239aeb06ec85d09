package hu.gyakorlattar.municipality;

/**
 * A mayor's gender, known only so that a letter can open with the right salutation
 * ("Tisztelt Polgármester Asszony!" or "Tisztelt Polgármester Úr!"); when unknown, a
 * letter greets both.
 */
public enum Gender {

	FEMALE, MALE, UNKNOWN;

	/** Message key of the salutation for a mayor of this gender. */
	public String salutationKey() {
		return "municipality.salutation." + name();
	}

	/** Message key of the gender's label. */
	public String messageKey() {
		return "municipality.gender." + name();
	}

}
