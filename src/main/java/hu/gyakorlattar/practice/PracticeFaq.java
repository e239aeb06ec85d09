package hu.gyakorlattar.practice;

import java.util.List;

/**
 * The questions asked about a practice at the programme's conferences, with their
 * published answers, told by whoever keeps the Q&A (the {@code questions} module
 * implements it), so that the practice page shows them as its FAQ without this module
 * knowing of conferences or questions.
 */
public interface PracticeFaq {

	/** The published answers linked to the practice, newest conference first. */
	List<Entry> faq(long practiceId);

	/**
	 * One question with its answer, and the conference where it was asked.
	 *
	 * @param conferenceId for the link to the conference's archive page
	 */
	record Entry(String question, String answer, long conferenceId, String conferenceTitle) {

	}

}
