package hu.gyakorlattar.conference;

/**
 * The published answers of a conference may read differently now (the moderator published
 * them, answered, edited, hid or merged a question): the conference's page shows them
 * afresh. Told by whoever keeps the Q&A, within its transaction.
 */
public record PublishedAnswersChanged(long conferenceId) {

}
