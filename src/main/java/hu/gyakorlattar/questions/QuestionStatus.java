package hu.gyakorlattar.questions;

/** Where a question is in moderation; labels are {@code questions.status.<NAME>}. */
enum QuestionStatus {

	/** Awaits the moderator; only its asker and the moderator see it. */
	NEW,
	/** Visible to everyone, votable. */
	APPROVED,
	/** Taken off the list by the moderator. */
	HIDDEN,
	/** A duplicate, merged into another question with its votes. */
	MERGED

}
