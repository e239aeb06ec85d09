package hu.gyakorlattar.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticeTitle;
import hu.gyakorlattar.registration.FollowUpSurvey;
import hu.gyakorlattar.registration.Participant;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The survey's use cases: an attendee answers (and changes their answers until it
 * closes), the office reads the summary; and the link the registration module puts in the
 * follow-up mail. The survey opens when the conference ends and closes
 * {@code gyakorlattar.feedback.open-for} later.
 */
@Service
@Transactional
class FeedbackManagement implements FollowUpSurvey {

	private final SurveyResponseRepository responses;

	private final ConferenceManagement conferences;

	private final RegistrationManagement registrations;

	private final PracticeManagement practices;

	private final FeedbackProperties properties;

	private final Clock clock;

	FeedbackManagement(SurveyResponseRepository responses, ConferenceManagement conferences,
			RegistrationManagement registrations, PracticeManagement practices, FeedbackProperties properties,
			Clock clock) {
		this.responses = responses;
		this.conferences = conferences;
		this.registrations = registrations;
		this.practices = practices;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> surveyPath(long conferenceId, String personalToken) {
		return this.conferences.find(conferenceId)
			.filter((conference) -> this.clock.instant().isBefore(closesAt(conference)))
			.map((conference) -> "/regisztraciom/" + personalToken + "/visszajelzes");
	}

	Instant closesAt(ConferenceView conference) {
		return conference.endsAt().plus(this.properties.openFor());
	}

	// --- the attendee

	/**
	 * What the registrant behind the link sees: the form (with their earlier answers), or
	 * why they cannot answer. A forged or expired link is not found.
	 */
	@Transactional(readOnly = true)
	Survey survey(String personalToken) {
		Participant participant = this.registrations.participant(personalToken).orElseThrow(NotFound::new);
		ConferenceView conference = this.conferences.find(participant.conferenceId()).orElseThrow(NotFound::new);
		Optional<SurveyResponse> earlier = this.responses.findByRegistrationId(participant.registrationId());
		return new Survey(conference, talks(conference), this.practices.publishedTitles(), closesAt(conference),
				state(participant, conference), earlier.map(FeedbackManagement::form).orElse(SurveyForm.empty()),
				earlier.map(SurveyResponse::getUpdatedAt).orElse(null));
	}

	/**
	 * The survey page's content. {@code answeredAt}: when the registrant last saved their
	 * answers; null before.
	 */
	record Survey(ConferenceView conference, List<AgendaItemView> talks, List<PracticeTitle> practices,
			Instant closesAt, State state, SurveyForm answers, Instant answeredAt) {

		public boolean open() {
			return this.state == State.OPEN;
		}

	}

	/** Whether the registrant may answer now, and if not, why (the page says it). */
	enum State {

		OPEN, NOT_ATTENDED, NOT_YET, CLOSED;

		String messageKey() {
			return "feedback.state." + name();
		}

	}

	private State state(Participant participant, ConferenceView conference) {
		Instant now = this.clock.instant();
		if (!participant.attended()) {
			return State.NOT_ATTENDED;
		}
		if (!conference.over(now)) {
			return State.NOT_YET;
		}
		return now.isBefore(closesAt(conference)) ? State.OPEN : State.CLOSED;
	}

	/**
	 * An attendee answers, or changes their answers. Refused with every problem beside
	 * its field: a rating not 1–5, too long a text, a practice not in the knowledge base,
	 * a practice both chosen and written, nothing answered at all; and, for the whole
	 * form, when the registrant did not attend or the survey is not open.
	 */
	void answer(String personalToken, SurveyForm form) {
		Participant participant = this.registrations.participant(personalToken).orElseThrow(NotFound::new);
		ConferenceView conference = this.conferences.find(participant.conferenceId()).orElseThrow(NotFound::new);
		State state = state(participant, conference);
		if (state != State.OPEN) {
			throw new InvalidInputs(List.of(new InvalidInput(null, state.messageKey())));
		}
		List<InvalidInput> problems = new ArrayList<>();
		Map<Long, Integer> ratings = new LinkedHashMap<>();
		for (AgendaItemView talk : talks(conference)) {
			String given = form.rating(talk.id()).strip();
			if (given.isEmpty()) {
				continue;
			}
			if (!given.matches("[1-5]")) {
				problems.add(new InvalidInput(SurveyForm.RATING + talk.id(), "feedback.rating.invalid"));
			}
			else {
				ratings.put(talk.id(), Integer.valueOf(given));
			}
		}
		String comment = trimmed(form.comment());
		if (comment != null && comment.length() > SurveyForm.MAX_COMMENT) {
			problems.add(new InvalidInput("comment", "feedback.comment.tooLong", SurveyForm.MAX_COMMENT));
		}
		String practiceText = trimmed(form.practiceText());
		if (practiceText != null && practiceText.length() > SurveyForm.MAX_PRACTICE_TEXT) {
			problems
				.add(new InvalidInput("practiceText", "feedback.practiceText.tooLong", SurveyForm.MAX_PRACTICE_TEXT));
		}
		PracticeTitle practice = null;
		String chosen = trimmed(form.practiceId());
		if (chosen != null) {
			practice = (chosen.matches("\\d{1,18}")) ? this.practices.published(Long.parseLong(chosen)).orElse(null)
					: null;
			if (practice == null) {
				problems.add(new InvalidInput("practiceId", "feedback.practice.unknown"));
			}
			else if (practiceText != null) {
				problems.add(new InvalidInput("practiceText", "feedback.practice.both"));
			}
		}
		if (problems.isEmpty() && ratings.isEmpty() && comment == null && practice == null && practiceText == null) {
			problems.add(new InvalidInput(null, "feedback.empty"));
		}
		InvalidInputs.throwIfAny(problems);
		Instant now = this.clock.instant();
		this.responses.ensureRow(conference.id(), participant.registrationId(), now);
		SurveyResponse response = this.responses.lockByRegistrationId(participant.registrationId())
			.orElseThrow(IllegalStateException::new);
		response.answer(ratings, comment, (practice != null) ? practice.id() : null,
				(practice != null) ? practice.title() : null, practiceText, now);
	}

	private static SurveyForm form(SurveyResponse response) {
		return new SurveyForm(
				response.getRatings()
					.entrySet()
					.stream()
					.collect(Collectors.toMap(Map.Entry::getKey, (rating) -> String.valueOf(rating.getValue()))),
				nullToEmpty(response.getComment()),
				(response.getPracticeId() != null) ? String.valueOf(response.getPracticeId()) : "",
				nullToEmpty(response.getPracticeText()));
	}

	// --- the office

	/** The summary of a conference's survey for the programme office. */
	@Transactional(readOnly = true)
	Summary summary(long conferenceId) {
		ConferenceView conference = this.conferences.find(conferenceId).orElseThrow(NotFound::new);
		List<SurveyResponse> all = this.responses.findByConferenceIdOrderBySubmittedAtAscIdAsc(conferenceId);
		List<TalkSummary> talks = talks(conference).stream().map((talk) -> {
			int[] counts = new int[5];
			all.stream()
				.map((response) -> response.getRatings().get(talk.id()))
				.filter((rating) -> rating != null)
				.forEach((rating) -> counts[rating - 1]++);
			int given = Arrays.stream(counts).sum();
			int total = 0;
			for (int r = 0; r < 5; r++) {
				total += (r + 1) * counts[r];
			}
			return new TalkSummary(talk.id(), talk.bilingualTitle(), speakers(talk), given,
					(given > 0) ? (double) total / given : null, Arrays.stream(counts).boxed().toList());
		}).toList();
		List<Comment> comments = all.stream()
			.filter((response) -> response.getComment() != null)
			.map((response) -> new Comment(response.getComment(), response.getUpdatedAt()))
			.toList();
		Map<String, Long> named = all.stream()
			.map(FeedbackManagement::namedPractice)
			.filter((name) -> name != null)
			.collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
		Map<Long, PracticeTitle> published = this.practices.publishedTitles()
			.stream()
			.collect(Collectors.toMap(PracticeTitle::id, Function.identity()));
		Map<String, String> slugs = new LinkedHashMap<>();
		all.stream()
			.filter((response) -> response.getPracticeId() != null && published.containsKey(response.getPracticeId()))
			.forEach((response) -> slugs.put(response.getPracticeTitle(),
					published.get(response.getPracticeId()).slug()));
		List<NamedPractice> practices = named.entrySet()
			.stream()
			.map((entry) -> new NamedPractice(entry.getKey(), slugs.get(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingLong(NamedPractice::count).reversed())
			.toList();
		Instant closesAt = closesAt(conference);
		Instant now = this.clock.instant();
		return new Summary(conference, this.registrations.attendees(conferenceId), all, talks, comments, practices,
				closesAt, conference.over(now), now.isBefore(closesAt));
	}

	/**
	 * The office's summary. {@code responses}: every response (for the export);
	 * {@code over}: the conference ended, so the survey opened; {@code beforeClosing}: it
	 * has not yet closed.
	 */
	record Summary(ConferenceView conference, int attendees, List<SurveyResponse> responses, List<TalkSummary> talks,
			List<Comment> comments, List<NamedPractice> practices, Instant closesAt, boolean over,
			boolean beforeClosing) {

		public int responseCount() {
			return this.responses.size();
		}

	}

	/**
	 * One talk's ratings: how many gave one, their mean (null with none), and how many
	 * gave 1, 2, 3, 4 and 5; its title in either language.
	 */
	record TalkSummary(long id, Bilingual title, String speakers, int count, Double mean, List<Integer> distribution) {

		/** The share of a rating among those given, in whole percents, for the bar. */
		public int percent(int rating) {
			return (this.count == 0) ? 0 : Math.round(100f * this.distribution.get(rating - 1) / this.count);
		}

	}

	record Comment(String text, Instant at) {

	}

	/**
	 * A practice respondents would adapt, with how many named it; slug when published.
	 */
	record NamedPractice(String name, String slug, long count) {

	}

	/** The practice a response names: the one chosen, else the one written. */
	static String namedPractice(SurveyResponse response) {
		return (response.getPracticeTitle() != null) ? response.getPracticeTitle() : response.getPracticeText();
	}

	// --- helpers

	/** The talks of the agenda: what the survey asks to rate. */
	static List<AgendaItemView> talks(ConferenceView conference) {
		return conference.agenda().stream().filter((item) -> item.kind() == AgendaItemKind.TALK).toList();
	}

	private static String speakers(AgendaItemView talk) {
		return talk.speakers().stream().map((speaker) -> speaker.name().toString()).collect(Collectors.joining(", "));
	}

	private static String trimmed(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
