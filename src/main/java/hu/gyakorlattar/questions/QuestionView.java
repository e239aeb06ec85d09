package hu.gyakorlattar.questions;

import java.time.Instant;

import hu.gyakorlattar.shared.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * A question as the pages show it.
 *
 * @param topic the agenda item's title in both languages; null for a general question
 * @param authorName who asked, for the moderator; pages for the audience show
 * {@link #publicAuthor()}
 * @param mine whether the participant looking asked it
 * @param votedByMe whether the participant looking voted for it
 */
record QuestionView(long id, @Nullable Long agendaItemId, @Nullable Bilingual topic, String text, String authorName,
		boolean anonymous, QuestionStatus status, boolean pinned, @Nullable String answer, boolean answered, int votes,
		Instant askedAt, Long mergedInto, boolean mine, boolean votedByMe) {

	/** The name the audience sees: none for an anonymous question. */
	public @Nullable String publicAuthor() {
		return this.anonymous ? null : this.authorName;
	}

	/** Where the asker's question stands, answered ones told apart from those waiting. */
	public String statusKey() {
		return "questions.status." + (this.answered ? "ANSWERED" : this.status.name());
	}

	public boolean votable() {
		return this.status == QuestionStatus.APPROVED && !this.votedByMe && !this.mine;
	}

}
