package hu.gyakorlattar.conference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answered questions of a conference that its moderator chose to publish, told by
 * whoever keeps the Q&A (the {@code questions} module implements it), so that the archive
 * page shows them without this module knowing of questions.
 */
public interface PublishedAnswers {

	/** The published answers of a conference that is over, in agenda order; else none. */
	List<PublishedAnswer> publishedAnswers(long conferenceId);

	/**
	 * One answered question as the archive shows it.
	 *
	 * @param agendaItemId the talk or block it was asked about; null for a general one
	 */
	record PublishedAnswer(@Nullable Long agendaItemId, String question, String answer) {

	}

}
