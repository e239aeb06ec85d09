package hu.gyakorlattar.conference;

/** What happens in an agenda slot; labels are {@code conference.agenda.kind.<NAME>}. */
public enum AgendaItemKind {

	TECH_HELP, WELCOME, TALK, QUESTIONS, BREAK, CLOSING

}
