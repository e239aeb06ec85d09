package hu.gyakorlattar.conference;

/**
 * What kind of event of the programme year a conference is: one of the knowledge
 * programme's conferences during the call (the default), the final where the finalists
 * present their practices, the award ceremony with the results, or an open day at a
 * practice.
 */
public enum EventKind {

	KNOWLEDGE_CONFERENCE, FINAL_PRESENTATIONS, AWARD_CEREMONY, OPEN_DAY;

	public String messageKey() {
		return "conference.kind." + name();
	}

}
