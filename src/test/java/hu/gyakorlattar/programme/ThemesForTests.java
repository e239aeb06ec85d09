package hu.gyakorlattar.programme;

/**
 * Themes for other modules' tests, made through the programme's own use cases: the cycle
 * is created when it does not exist yet.
 */
public final class ThemesForTests {

	private ThemesForTests() {
	}

	/** A new theme of the given year; returns its id. */
	public static long theme(ProgrammeManagement programme, int year, String name) {
		if (programme.cycle(year).isEmpty()) {
			programme.createCycle(new CycleForm(year, "Programév " + year, "", "", ""));
		}
		return programme.addTheme(year, new ThemeForm(name, "", "", "", "", "")).getId();
	}

}
