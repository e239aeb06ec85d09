package hu.gyakorlattar.conference;

import java.time.Instant;
import java.util.List;

import hu.gyakorlattar.shared.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * One slot of the agenda as pages, mails and the API show it; the recording and the
 * slides are added after the conference; {@code titleEn} is the title's English version,
 * empty when there is none.
 */
public record AgendaItemView(long id, Instant startsAt, Instant endsAt, AgendaItemKind kind, String title,
		List<PersonView> speakers, @Nullable String recordingUrl, @Nullable String slidesFilename, String titleEn) {

	public AgendaItemView {
		speakers = List.copyOf(speakers);
	}

	/** A slot titled in Hungarian only. */
	public AgendaItemView(long id, Instant startsAt, Instant endsAt, AgendaItemKind kind, String title,
			List<PersonView> speakers, String recordingUrl, String slidesFilename) {
		this(id, startsAt, endsAt, kind, title, speakers, recordingUrl, slidesFilename, "");
	}

	public Bilingual bilingualTitle() {
		return new Bilingual(this.title, this.titleEn);
	}

	public boolean hasMaterials() {
		return this.recordingUrl != null || this.slidesFilename != null;
	}

}
