package hu.gyakorlattar.programme;

import java.util.List;

import hu.gyakorlattar.shared.Bilingual;

/**
 * The year's results: the practices the steering committee recognised in each theme, told
 * by the module that publishes them, so that this module, on which it depends, need not
 * know it.
 */
public interface ProgrammeYearResults {

	/** The year's recognised practices, the highest recognition first. */
	List<Recognition> resultsOf(int year);

	/** Whether any practice of the year, recognised or not, is published. */
	boolean anyPublished(int year);

	/**
	 * A practice recognised in a theme: the message key of its recognition (e.g. "Legjobb
	 * gyakorlat"), its title, the municipalities that run it, and the path of its page.
	 */
	record Recognition(long themeId, String recognitionKey, String titleHu, String titleEn, List<String> municipalities,
			String path) {

		public Recognition {
			municipalities = List.copyOf(municipalities);
		}

		public Bilingual bilingualTitle() {
			return new Bilingual(this.titleHu, this.titleEn);
		}

	}

}
