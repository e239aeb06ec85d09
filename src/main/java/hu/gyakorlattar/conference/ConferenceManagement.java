package hu.gyakorlattar.conference;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The programme office's use cases for conferences, and what other modules read of them:
 * a conference with its agenda, the published ones, and a registrant's seat in the
 * meeting.
 */
@Service
@Transactional
public class ConferenceManagement {

	private final ConferenceRepository conferences;

	private final ZoomMeetings zoom;

	private final ProgrammeManagement programme;

	private final ApplicationEventPublisher events;

	private final ConferenceGenerations generations;

	private final Clock clock;

	ConferenceManagement(ConferenceRepository conferences, ZoomMeetings zoom, ProgrammeManagement programme,
			ApplicationEventPublisher events, ConferenceGenerations generations, Clock clock) {
		this.conferences = conferences;
		this.zoom = zoom;
		this.programme = programme;
		this.events = events;
		this.generations = generations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ConferenceView> find(long conferenceId) {
		return this.conferences.findById(conferenceId).map(Conference::toView);
	}

	/**
	 * The name of the service the meeting runs on ("Zoom", "Microsoft Teams"), empty when
	 * the link's host is not one we know.
	 */
	@Transactional(readOnly = true)
	Optional<String> platform(long conferenceId) {
		return this.conferences.findById(conferenceId)
			.flatMap((conference) -> MeetingPlatform.of(conference.getMeetingKind(), conference.getMeetingUrl()));
	}

	/** Published conferences that have not ended yet, soonest first. */
	@Transactional(readOnly = true)
	public List<ConferenceView> upcoming() {
		return this.conferences.findByPublishedTrueAndEndsAtAfterOrderByStartsAtAsc(this.clock.instant())
			.stream()
			.map(Conference::toView)
			.toList();
	}

	/** Published conferences that are over, latest first: the archive. */
	@Transactional(readOnly = true)
	public List<ConferenceView> past() {
		return this.conferences.findByPublishedTrueAndEndsAtLessThanEqualOrderByStartsAtDesc(this.clock.instant())
			.stream()
			.map(Conference::toView)
			.toList();
	}

	/** Every published conference, in time order: for the calendar feed and the API. */
	@Transactional(readOnly = true)
	public List<ConferenceView> published() {
		return this.conferences.findByPublishedTrueOrderByStartsAtAsc().stream().map(Conference::toView).toList();
	}

	/**
	 * Gives a registrant a seat in the meeting: in a Zoom meeting they are registered
	 * with Zoom and get a personal join URL; for a pasted link the seat holds nothing
	 * personal.
	 * @throws ZoomMeetings.ZoomUnavailable when Zoom cannot be reached; try again later
	 */
	// Zoom being down is the caller's to handle; it must not doom the caller's
	// transaction.
	@Transactional(readOnly = true, noRollbackFor = ZoomMeetings.ZoomUnavailable.class)
	public MeetingSeat enrol(long conferenceId, Attendee attendee) {
		Conference conference = conferenceOrFail(conferenceId);
		if (conference.getMeetingKind() == MeetingKind.ZOOM && conference.getZoomMeetingId() != null) {
			return this.zoom.register(conference.getZoomMeetingId(), attendee);
		}
		return new MeetingSeat(null, null);
	}

	/** Takes a registrant's seat back (a cancelled registration). */
	@Transactional(readOnly = true, noRollbackFor = ZoomMeetings.ZoomUnavailable.class)
	public void release(long conferenceId, MeetingSeat seat, String email) {
		Conference conference = conferenceOrFail(conferenceId);
		if (conference.getMeetingKind() == MeetingKind.ZOOM && conference.getZoomMeetingId() != null
				&& seat.providerId() != null) {
			this.zoom.cancel(conference.getZoomMeetingId(), seat.providerId(), email);
		}
	}

	/**
	 * Where a registrant enters the meeting now: their personal Zoom URL, or the
	 * conference's current link.
	 */
	@Transactional(readOnly = true)
	public String entrance(long conferenceId, MeetingSeat seat) {
		Conference conference = conferenceOrFail(conferenceId);
		if (seat != null && seat.joinUrl() != null && conference.getMeetingKind() == MeetingKind.ZOOM) {
			return seat.joinUrl();
		}
		return conference.getMeetingUrl();
	}

	boolean zoomEnabled() {
		return this.zoom.enabled();
	}

	@Transactional(readOnly = true)
	List<ConferenceView> all() {
		return this.conferences.findAllByOrderByStartsAtDesc().stream().map(Conference::toView).toList();
	}

	Conference create(ConferenceForm form) {
		Conference conference = new Conference(this.clock.instant());
		InvalidInputs.throwIfAny(problemsWith(conference, form));
		conference.describe(form);
		this.conferences.saveAndFlush(conference);
		arrangeMeeting(conference, true, false);
		return conference;
	}

	/** Saves the form; answers how far the agenda moved with the start. */
	Duration describe(long conferenceId, ConferenceForm form) {
		Conference conference = changing(conferenceId);
		InvalidInputs.throwIfAny(problemsWith(conference, form));
		Conference.Changes changes = conference.describe(form);
		arrangeMeeting(conference, changes.meetingChanged(), changes.rescheduled());
		if (changes.rescheduled()) {
			this.events.publishEvent(new ConferenceRescheduled(conference.getId(), conference.getStartsAt(),
					conference.getEndsAt(), conference.getSequence()));
		}
		if (changes.meetingChanged()) {
			this.events.publishEvent(new ConferenceMeetingChanged(conference.getId(), conference.getSequence()));
		}
		if (changes.capacityRaised()) {
			this.events.publishEvent(new ConferenceCapacityRaised(conference.getId(), conference.getCapacity()));
		}
		return changes.agendaMoved();
	}

	/**
	 * What the form breaks beyond its own fields' checks, for a page that shows those
	 * too: a new conference's ({@code conferenceId} null) or a saved one's.
	 */
	@Transactional(readOnly = true)
	List<InvalidInput> problemsWith(@Nullable Long conferenceId, ConferenceForm form) {
		Conference conference = (conferenceId != null) ? conferenceOrFail(conferenceId)
				: new Conference(this.clock.instant());
		return problemsWith(conference, form);
	}

	private List<InvalidInput> problemsWith(Conference conference, ConferenceForm form) {
		List<InvalidInput> problems = new ArrayList<>();
		CycleView cycle = (form.cycleYear() != null) ? this.programme.cycle(form.cycleYear()).orElse(null) : null;
		if (form.cycleYear() != null && cycle == null) {
			problems.add(new InvalidInput("cycleYear", "conference.cycle.unknown"));
		}
		if (cycle != null && form.themeId() != null
				&& cycle.themes().stream().noneMatch((theme) -> theme.id().equals(form.themeId()))) {
			problems.add(new InvalidInput("themeId", "conference.theme.notInCycle"));
		}
		problems.addAll(conference.problemsWith(form));
		return problems;
	}

	/** Creates the Zoom meeting a conference needs, or moves it with the conference. */
	private void arrangeMeeting(Conference conference, boolean meetingChanged, boolean rescheduled) {
		if (conference.getMeetingKind() != MeetingKind.ZOOM) {
			return;
		}
		if (!this.zoom.enabled()) {
			throw new InvalidInput("meetingKind", "conference.zoom.notConfigured");
		}
		try {
			if (conference.getZoomMeetingId() == null || meetingChanged) {
				ZoomMeetings.CreatedMeeting meeting = this.zoom.create(conference);
				conference.useZoomMeeting(String.valueOf(meeting.id()), meeting.join_url());
			}
			else if (rescheduled) {
				this.zoom.update(conference);
			}
		}
		catch (ZoomMeetings.ZoomUnavailable ex) {
			throw new InvalidInput("meetingKind", "conference.zoom.unavailable");
		}
	}

	ConferencePerson addPerson(long conferenceId, PersonForm form, FileContent photo) {
		Conference conference = changing(conferenceId);
		ConferencePerson person = conference.addPerson(form);
		if (photo != null) {
			person.usePhoto(photo.checkedAsPhoto("photo"));
		}
		this.conferences.flush();
		return person;
	}

	void describePerson(long conferenceId, long personId, PersonForm form, FileContent photo) {
		ConferencePerson person = changing(conferenceId).person(personId);
		if (photo != null) {
			person.usePhoto(photo.checkedAsPhoto("photo"));
		}
		person.describe(form);
	}

	void removePerson(long conferenceId, long personId) {
		changing(conferenceId).removePerson(personId);
	}

	void addAgendaItem(long conferenceId, AgendaItemForm form) {
		changing(conferenceId).addAgendaItem(form);
	}

	void reviseAgendaItem(long conferenceId, long itemId, AgendaItemForm form) {
		changing(conferenceId).reviseAgendaItem(itemId, form);
	}

	void removeAgendaItem(long conferenceId, long itemId) {
		changing(conferenceId).removeAgendaItem(itemId);
	}

	void moveAgendaItemUp(long conferenceId, long itemId) {
		changing(conferenceId).moveAgendaItemUp(itemId);
	}

	/** After the conference: the recording link and the slides of a talk. */
	void addMaterials(long conferenceId, long itemId, String recordingUrl, FileContent slides) {
		AgendaItem item = changing(conferenceId).agendaItem(itemId);
		String url = Text.orNull(recordingUrl);
		if (url != null && !Conference.isWebAddress(url)) {
			throw new InvalidInput("recordingUrl", "conference.recordingUrl.invalid");
		}
		item.useRecording(url);
		if (slides != null) {
			item.useSlides(slides.checkedAsSlides("slides"));
		}
	}

	void publish(long conferenceId) {
		changing(conferenceId).publish();
	}

	void withdraw(long conferenceId) {
		changing(conferenceId).withdraw();
	}

	@Transactional(readOnly = true)
	Optional<FileContent> photo(long conferenceId, long personId, boolean publishedOnly) {
		return this.conferences.findById(conferenceId)
			.filter((conference) -> !publishedOnly || conference.isPublished())
			.flatMap((conference) -> conference.findPerson(personId))
			.map(ConferencePerson::getPhoto)
			.map(ConferenceFile::toContent);
	}

	@Transactional(readOnly = true)
	Optional<FileContent> slides(long conferenceId, long itemId, boolean publishedOnly) {
		return this.conferences.findById(conferenceId)
			.filter((conference) -> !publishedOnly || conference.isPublished())
			.flatMap((conference) -> conference.findAgendaItem(itemId))
			.map(AgendaItem::getSlides)
			.map(ConferenceFile::toContent);
	}

	@Transactional(readOnly = true)
	ConferenceForm form(long conferenceId) {
		return conferenceOrFail(conferenceId).toForm();
	}

	@Transactional(readOnly = true)
	PersonForm personForm(long conferenceId, long personId) {
		return conferenceOrFail(conferenceId).person(personId).toForm();
	}

	@Transactional(readOnly = true)
	AgendaItemForm agendaItemForm(long conferenceId, long itemId) {
		return conferenceOrFail(conferenceId).agendaItem(itemId).toForm();
	}

	/** The conference's people, for choosing speakers and the moderator. */
	@Transactional(readOnly = true)
	List<PersonView> people(long conferenceId) {
		return conferenceOrFail(conferenceId).getPeople().stream().map(ConferencePerson::toView).toList();
	}

	/**
	 * The conference about to change: its public page and recent view are stale from now
	 * on.
	 */
	private Conference changing(long conferenceId) {
		Conference conference = conferenceOrFail(conferenceId);
		this.generations.changed(conferenceId);
		return conference;
	}

	private Conference conferenceOrFail(long conferenceId) {
		return this.conferences.findById(conferenceId).orElseThrow(NotFound::new);
	}

}
