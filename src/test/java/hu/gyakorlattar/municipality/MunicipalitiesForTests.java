package hu.gyakorlattar.municipality;

/**
 * Municipalities of the gazetteer as other modules' tests name them: by their name, which
 * the tests' choices make unique.
 */
public final class MunicipalitiesForTests {

	/**
	 * The lock on the application tests' municipality contacts when test classes run side
	 * by side: a class that reads contacts it saved shares it; one that deletes them all
	 * has it to itself.
	 */
	public static final String CONTACTS = "hu.gyakorlattar.municipality contacts";

	private MunicipalitiesForTests() {
	}

	/** The KSH code of the one municipality of this exact name. */
	public static String ksh(MunicipalityDirectory directory, String name) {
		return directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

}
