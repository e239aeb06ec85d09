package hu.gyakorlattar.practice;

import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * Published practices as other modules' tests need them, made through the office's own
 * use case: a year and theme, and the municipalities that run it, of the test's own.
 */
public final class PracticesForTests {

	private static final String EDITOR = "teszt";

	private PracticesForTests() {
	}

	/**
	 * A practice of the year and theme, run by the municipalities with these KSH codes
	 * (the lead first), without a contact, published; its title must be the test's own.
	 */
	public static PublishedPractice published(ApplicationContext context, int year, long themeId, String title,
			String... kshCodes) {
		return published(context, form(year, themeId, title, PracticeEnglishForm.NONE, kshCodes));
	}

	/** The same, with an English title and summary beside the Hungarian ones. */
	public static PublishedPractice publishedInEnglish(ApplicationContext context, int year, long themeId, String title,
			String englishTitle, String... kshCodes) {
		PracticeEnglishForm english = new PracticeEnglishForm(englishTitle, "A short summary of the practice.", "", "",
				"", "", "", "", "", "", "", "", true);
		return published(context, form(year, themeId, title, english, kshCodes));
	}

	private static PublishedPractice published(ApplicationContext context, PracticeForm form) {
		EditingPractices editing = context.getBean(EditingPractices.class);
		long id = editing.create(form, EDITOR).getId();
		editing.publish(id, EDITOR);
		return context.getBean(PracticeManagement.class).publishedPractice(id).orElseThrow();
	}

	/** The same, but left a draft that nobody outside the office sees. */
	public static long draft(ApplicationContext context, int year, long themeId, String title, String... kshCodes) {
		return context.getBean(EditingPractices.class)
			.create(form(year, themeId, title, PracticeEnglishForm.NONE, kshCodes), EDITOR)
			.getId();
	}

	/** Gives a practice the test published another title, as the office edits it. */
	public static void retitled(ApplicationContext context, long id, int year, long themeId, String title,
			String... kshCodes) {
		context.getBean(EditingPractices.class)
			.edit(id, form(year, themeId, title, PracticeEnglishForm.NONE, kshCodes), EDITOR);
	}

	/**
	 * Withdraws a practice the test published, for the tests that share its context and
	 * count the knowledge base's themes and years.
	 */
	public static void withdrawn(ApplicationContext context, long id) {
		context.getBean(EditingPractices.class).withdraw(id, EDITOR);
	}

	private static PracticeForm form(int year, long themeId, String title, PracticeEnglishForm english,
			String... kshCodes) {
		return new PracticeForm(title, "Rövid összefoglaló a gyakorlatról.", "A probléma.", "A megoldás.", "", null, "",
				Stage.RUNNING, "", "", null, "Eredmények.", "", "", "", "", String.join(",", kshCodes), year,
				List.of(themeId), AwardLevel.GOOD_PRACTICE, "", "", "", "", false, "", "", "", english);
	}

}
