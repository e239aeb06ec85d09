package hu.gyakorlattar.conference;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;
import org.jspecify.annotations.Nullable;

/**
 * An online conference: its time, capacity and registration period, its people and
 * agenda, and the meeting it runs in. The agenda always lies within the conference
 * (technical help included) and its slots never overlap.
 */
@Entity
@Table(name = "conference")
class Conference {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int cycleYear;

	private @Nullable Long themeId;

	private String title;

	private String description = "";

	private String titleEn = "";

	private String descriptionEn = "";

	private Instant startsAt;

	private Instant endsAt;

	private int techHelpMinutes;

	private int capacity;

	private Instant registrationOpensAt;

	private Instant registrationClosesAt;

	@ManyToOne(fetch = FetchType.LAZY)
	private @Nullable ConferencePerson moderator;

	@Enumerated(EnumType.STRING)
	private EventKind kind = EventKind.KNOWLEDGE_CONFERENCE;

	@Enumerated(EnumType.STRING)
	private @Nullable MeetingKind meetingKind;

	private String meetingUrl;

	private @Nullable String zoomMeetingId;

	private boolean published;

	private int sequence;

	@Version
	private long version;

	private Instant createdAt;

	@OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<ConferencePerson> people = new ArrayList<>();

	@OneToMany(mappedBy = "conference", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsAt")
	private List<AgendaItem> agenda = new ArrayList<>();

	protected Conference() {
	}

	Conference(Instant now) {
		this.createdAt = now;
	}

	/**
	 * What a save changed that registrants must hear about, and how far the agenda moved
	 * with the start (zero when it did not), which the office is told.
	 */
	record Changes(boolean rescheduled, boolean meetingChanged, boolean capacityRaised, Duration agendaMoved) {

	}

	/**
	 * What the conference's rules refuse in the form, every problem at once, as far as
	 * its values could be read (a field the form could not read is left to its own
	 * message).
	 */
	List<InvalidInput> problemsWith(ConferenceForm form) {
		List<InvalidInput> problems = new ArrayList<>();
		Slot slot = (form.date() != null && form.startTime() != null && form.endTime() != null)
				? Slot.on(form.date(), form.startTime(), form.endTime()) : null;
		if (slot != null && slot.isEmpty()) {
			problems.add(new InvalidInput("endTime", "conference.endTime.beforeStart"));
		}
		else if (slot != null && form.techHelpMinutes() != null && !agendaFits(slot, form.techHelpMinutes())) {
			problems.add(new InvalidInput("endTime", "conference.agenda.wouldNotFit"));
		}
		Instant opens = instant(form.registrationOpens());
		Instant closes = instant(form.registrationCloses());
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			problems.add(new InvalidInput("registrationCloses", "conference.registrationCloses.beforeOpening"));
		}
		else if (closes != null && slot != null && !slot.isEmpty() && closes.isAfter(slot.end())) {
			problems.add(new InvalidInput("registrationCloses", "conference.registrationCloses.afterEnd"));
		}
		String url = Text.orNull(form.meetingUrl());
		if (url != null && !isWebAddress(url)) {
			problems.add(new InvalidInput("meetingUrl", "conference.meetingUrl.invalid"));
		}
		else if (form.meetingKind() == MeetingKind.LINK && url == null) {
			problems.add(new InvalidInput("meetingUrl", "conference.meetingUrl.required"));
		}
		return problems;
	}

	/** Whether the agenda, moved with the start, still lies within the new times. */
	private boolean agendaFits(Slot slot, int techHelpMinutes) {
		if (this.startsAt == null) {
			return true;
		}
		Duration moved = Duration.between(this.startsAt, slot.start());
		Slot window = new Slot(slot.start().minus(Duration.ofMinutes(techHelpMinutes)), slot.end());
		return this.agenda.stream().allMatch((item) -> item.slot().shifted(moved).within(window));
	}

	private static @Nullable Instant instant(@Nullable LocalDateTime time) {
		return (time != null) ? Slot.instant(time.toLocalDate(), time.toLocalTime()) : null;
	}

	/**
	 * Applies the form. When the start moves, the agenda moves with it; the agenda must
	 * still fit in the (possibly shorter) conference.
	 */
	Changes describe(ConferenceForm form) {
		InvalidInputs.throwIfAny(problemsWith(form));
		Slot slot = Slot.on(form.date(), form.startTime(), form.endTime());
		Instant opens = instant(form.registrationOpens());
		Instant closes = instant(form.registrationCloses());
		String url = Text.orNull(form.meetingUrl());
		boolean rescheduled = this.startsAt != null
				&& (!slot.start().equals(this.startsAt) || !slot.end().equals(this.endsAt));
		Duration agendaMoved = Duration.ZERO;
		if (this.startsAt != null) {
			Duration moved = Duration.between(this.startsAt, slot.start());
			this.agenda.forEach((item) -> item.shift(moved));
			agendaMoved = this.agenda.isEmpty() ? Duration.ZERO : moved;
		}
		boolean meetingChanged = this.meetingKind != null && (this.meetingKind != form.meetingKind()
				|| (form.meetingKind() == MeetingKind.LINK && !Objects.equals(this.meetingUrl, url)));
		boolean capacityRaised = this.startsAt != null && form.capacity() > this.capacity;
		this.cycleYear = form.cycleYear();
		this.kind = (form.kind() != null) ? form.kind() : EventKind.KNOWLEDGE_CONFERENCE;
		this.themeId = form.themeId();
		this.title = form.title().strip();
		this.description = Text.orEmpty(form.description());
		this.titleEn = Text.orEmpty(form.titleEn());
		this.descriptionEn = Text.orEmpty(form.descriptionEn());
		this.startsAt = slot.start();
		this.endsAt = slot.end();
		this.techHelpMinutes = form.techHelpMinutes();
		this.capacity = form.capacity();
		this.registrationOpensAt = opens;
		this.registrationClosesAt = closes;
		this.moderator = (form.moderatorId() != null) ? person(form.moderatorId()) : null;
		if (form.meetingKind() == MeetingKind.LINK) {
			this.meetingUrl = url;
			this.zoomMeetingId = null;
		}
		this.meetingKind = form.meetingKind();
		if (rescheduled || meetingChanged) {
			this.sequence++;
		}
		return new Changes(rescheduled, meetingChanged, capacityRaised, agendaMoved);
	}

	void useZoomMeeting(String meetingId, String joinUrl) {
		this.zoomMeetingId = meetingId;
		this.meetingUrl = joinUrl;
	}

	ConferencePerson addPerson(PersonForm form) {
		ConferencePerson person = new ConferencePerson(this, form);
		this.people.add(person);
		return person;
	}

	void removePerson(long personId) {
		ConferencePerson person = person(personId);
		this.agenda.forEach((item) -> item.withdraw(person));
		if (this.moderator == person) {
			this.moderator = null;
		}
		this.people.remove(person);
	}

	AgendaItem addAgendaItem(AgendaItemForm form) {
		Slot slot = checkedSlot(form, null);
		AgendaItem item = new AgendaItem(this, slot, form.kind(), form.title(), speakers(form));
		item.titleInEnglish(form.titleEn());
		this.agenda.add(item);
		sortAgenda();
		return item;
	}

	void reviseAgendaItem(long itemId, AgendaItemForm form) {
		AgendaItem item = agendaItem(itemId);
		item.revise(checkedSlot(form, item), form.kind(), form.title(), speakers(form));
		item.titleInEnglish(form.titleEn());
		sortAgenda();
	}

	void removeAgendaItem(long itemId) {
		this.agenda.remove(agendaItem(itemId));
	}

	/**
	 * Swaps a slot with the one before it; each keeps its length and the gap between them
	 * stays, so the two still fill the same stretch of time.
	 */
	void moveAgendaItemUp(long itemId) {
		AgendaItem item = agendaItem(itemId);
		int index = this.agenda.indexOf(item);
		if (index == 0) {
			return;
		}
		AgendaItem previous = this.agenda.get(index - 1);
		Slot earlier = previous.slot();
		Slot later = item.slot();
		Duration gap = Duration.between(earlier.end(), later.start());
		Instant newStart = earlier.start();
		item.moveTo(new Slot(newStart, newStart.plus(later.length())));
		Instant previousStart = newStart.plus(later.length()).plus(gap);
		previous.moveTo(new Slot(previousStart, previousStart.plus(earlier.length())));
		sortAgenda();
	}

	void publish() {
		this.published = true;
	}

	void withdraw() {
		this.published = false;
	}

	private Slot checkedSlot(AgendaItemForm form, AgendaItem except) {
		Slot slot = Slot.on(day(), form.start(), form.end());
		if (slot.isEmpty()) {
			throw new InvalidInput("end", "conference.agenda.endBeforeStart");
		}
		if (!slot.within(window())) {
			throw new InvalidInput("start", "conference.agenda.outside");
		}
		for (AgendaItem other : this.agenda) {
			if (other != except && other.slot().overlaps(slot)) {
				throw new InvalidInput("start", "conference.agenda.overlaps", other.toView().title());
			}
		}
		return slot;
	}

	private List<ConferencePerson> speakers(AgendaItemForm form) {
		return form.speakerIds().stream().distinct().map(this::person).toList();
	}

	private void sortAgenda() {
		this.agenda.sort((a, b) -> a.getStartsAt().compareTo(b.getStartsAt()));
	}

	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	ConferencePerson person(long personId) {
		return this.people.stream()
			.filter((person) -> person.getId() == personId)
			.findFirst()
			.orElseThrow(() -> new InvalidInput(null, "conference.person.unknown"));
	}

	Optional<ConferencePerson> findPerson(long personId) {
		return this.people.stream().filter((person) -> person.getId() == personId).findFirst();
	}

	Optional<AgendaItem> findAgendaItem(long itemId) {
		return this.agenda.stream().filter((item) -> item.getId() == itemId).findFirst();
	}

	AgendaItem agendaItem(long itemId) {
		return this.agenda.stream().filter((item) -> item.getId() == itemId).findFirst().orElseThrow(NotFound::new);
	}

	/** From the technical help to the end: where agenda slots may lie. */
	Slot window() {
		return new Slot(this.startsAt.minus(Duration.ofMinutes(this.techHelpMinutes)), this.endsAt);
	}

	LocalDate day() {
		return this.startsAt.atZone(HungarianFormats.BUDAPEST).toLocalDate();
	}

	ConferenceForm toForm() {
		return new ConferenceForm(this.cycleYear, this.themeId, this.title, this.description, day(),
				Slot.localTime(this.startsAt), Slot.localTime(this.endsAt), this.techHelpMinutes, this.capacity,
				this.registrationOpensAt.atZone(HungarianFormats.BUDAPEST).toLocalDateTime(),
				this.registrationClosesAt.atZone(HungarianFormats.BUDAPEST).toLocalDateTime(),
				(this.moderator != null) ? this.moderator.getId() : null, this.meetingKind,
				(this.meetingKind == MeetingKind.LINK) ? this.meetingUrl : "", this.titleEn, this.descriptionEn,
				this.kind);
	}

	ConferenceView toView() {
		return new ConferenceView(this.id, this.cycleYear, this.themeId, this.title, this.description, this.startsAt,
				this.endsAt, window().start(), this.capacity, this.registrationOpensAt, this.registrationClosesAt,
				(this.moderator != null) ? this.moderator.toView() : null,
				this.agenda.stream().map(AgendaItem::toView).toList(), this.meetingKind, this.published, this.sequence,
				this.titleEn, this.descriptionEn, this.kind);
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	MeetingKind getMeetingKind() {
		return this.meetingKind;
	}

	String getMeetingUrl() {
		return this.meetingUrl;
	}

	@Nullable String getZoomMeetingId() {
		return this.zoomMeetingId;
	}

	int getSequence() {
		return this.sequence;
	}

	int getCapacity() {
		return this.capacity;
	}

	List<ConferencePerson> getPeople() {
		return this.people;
	}

	boolean isPublished() {
		return this.published;
	}

}
