package hu.gyakorlattar.conference;

import java.time.Instant;
import java.util.List;

/**
 * One slot of the agenda as pages, mails and the API show it; the recording and the
 * slides are added after the conference.
 */
public record AgendaItemView(long id, Instant startsAt, Instant endsAt, AgendaItemKind kind, String title,
		List<PersonView> speakers, String recordingUrl, String slidesFilename) {

	public AgendaItemView {
		speakers = List.copyOf(speakers);
	}

	public boolean hasMaterials() {
		return this.recordingUrl != null || this.slidesFilename != null;
	}

}
