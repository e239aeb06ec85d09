package hu.gyakorlattar.conference;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A slot of a conference's agenda. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Conference conference;

	private Instant startsAt;

	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	private AgendaItemKind kind;

	private String title;

	private String titleEn = "";

	@ManyToMany
	@JoinTable(name = "agenda_item_speaker", joinColumns = @JoinColumn(name = "agenda_item_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	@OrderColumn(name = "position")
	private List<ConferencePerson> speakers = new ArrayList<>();

	private @Nullable String recordingUrl;

	@OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "slides_id")
	private @Nullable ConferenceFile slides;

	protected AgendaItem() {
	}

	AgendaItem(Conference conference, Slot slot, AgendaItemKind kind, String title, List<ConferencePerson> speakers) {
		this.conference = conference;
		revise(slot, kind, title, speakers);
	}

	void revise(Slot slot, AgendaItemKind kind, String title, List<ConferencePerson> speakers) {
		this.startsAt = slot.start();
		this.endsAt = slot.end();
		this.kind = kind;
		this.title = title.strip();
		this.speakers.clear();
		this.speakers.addAll(speakers);
	}

	void titleInEnglish(String english) {
		this.titleEn = Text.orEmpty(english);
	}

	void moveTo(Slot slot) {
		this.startsAt = slot.start();
		this.endsAt = slot.end();
	}

	void shift(Duration by) {
		moveTo(slot().shifted(by));
	}

	void withdraw(ConferencePerson person) {
		this.speakers.remove(person);
	}

	void useRecording(String url) {
		this.recordingUrl = url;
	}

	void useSlides(FileContent file) {
		this.slides = (file != null) ? new ConferenceFile(file) : null;
	}

	Slot slot() {
		return new Slot(this.startsAt, this.endsAt);
	}

	AgendaItemForm toForm() {
		return new AgendaItemForm(Slot.localTime(this.startsAt), Slot.localTime(this.endsAt), this.kind, this.title,
				this.speakers.stream().map(ConferencePerson::getId).toList(), this.titleEn);
	}

	AgendaItemView toView() {
		return new AgendaItemView(this.id, this.startsAt, this.endsAt, this.kind, this.title,
				this.speakers.stream().map(ConferencePerson::toView).toList(), this.recordingUrl,
				(this.slides != null) ? this.slides.getFilename() : null, this.titleEn);
	}

	Long getId() {
		return this.id;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	ConferenceFile getSlides() {
		return this.slides;
	}

}
