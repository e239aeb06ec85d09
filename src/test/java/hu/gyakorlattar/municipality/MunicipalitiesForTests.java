package hu.gyakorlattar.municipality;

/**
 * Municipalities of the gazetteer as other modules' tests name them: by their name, which
 * the tests' choices make unique.
 */
public final class MunicipalitiesForTests {

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
