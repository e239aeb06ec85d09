package hu.gyakorlattar.registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.conference.AgendaItemView;
import hu.gyakorlattar.conference.ConferenceCalendar;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.mail.PreparedMail;
import hu.gyakorlattar.shared.SiteAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The mails a registrant gets, each in their own language and each with the link to their
 * personal page; those that change their calendar carry the entry (same UID for the
 * registration, the conference's SEQUENCE). {@code send} must be called inside the
 * transaction of the change that causes the mail.
 */
@Component
class RegistrationMails {

	enum Template {

		CONFIRMATION_REQUEST("confirmation-request", Calendar.NONE),
		ALREADY_REGISTERED("already-registered", Calendar.NONE), CONFIRMED("confirmed", Calendar.REQUEST),
		WAITING("waiting", Calendar.NONE), PROMOTED("promoted", Calendar.REQUEST),
		CANCELLED("cancelled", Calendar.NONE), CANCELLED_WITH_PLACE("cancelled", Calendar.CANCEL),
		RESCHEDULED("rescheduled", Calendar.REQUEST), RESCHEDULED_WAITING("rescheduled", Calendar.NONE),
		DAY_BEFORE_LINK("day-before-link", Calendar.NONE), REMINDER("reminder", Calendar.NONE),
		MEETING_CHANGED("meeting-changed", Calendar.NONE), FOLLOW_UP_ATTENDED("follow-up-attended", Calendar.NONE),
		FOLLOW_UP_MISSED("follow-up-missed", Calendar.NONE);

		private final String name;

		private final Calendar calendar;

		Template(String name, Calendar calendar) {
			this.name = name;
			this.calendar = calendar;
		}

	}

	private enum Calendar {

		NONE, REQUEST, CANCEL

	}

	private final MailOutbox outbox;

	private final ConferenceCalendar calendar;

	private final ObjectProvider<FollowUpSurvey> survey;

	private final RegistrationProperties properties;

	private final Clock clock;

	private final String baseUrl;

	RegistrationMails(MailOutbox outbox, ConferenceCalendar calendar, ObjectProvider<FollowUpSurvey> survey,
			RegistrationProperties properties, Clock clock, SiteAddress site) {
		this.outbox = outbox;
		this.calendar = calendar;
		this.survey = survey;
		this.properties = properties;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	void send(Template template, Registration registration, ConferenceView conference) {
		this.outbox.queue(mail(template, registration, conference));
	}

	/**
	 * The mail rendered now, before the transaction that will {@link #send(PreparedMail)
	 * send} it.
	 */
	PreparedMail prepare(Template template, Registration registration, ConferenceView conference) {
		return this.outbox.prepare(mail(template, registration, conference));
	}

	void send(PreparedMail mail) {
		this.outbox.queue(mail);
	}

	/**
	 * The last mail of a registration being erased (the cancellation that withdraws the
	 * calendar entry): it goes out, then the outbox keeps only that it was sent.
	 */
	void sendLast(Template template, Registration registration, ConferenceView conference) {
		this.outbox.queueThenForget(mail(template, registration, conference, true));
	}

	/**
	 * The person behind the address was erased: the outbox deletes what was not sent to
	 * it and empties what was.
	 */
	void forget(String address) {
		this.outbox.forget(address);
	}

	private OutgoingMail mail(Template template, Registration registration, ConferenceView conference) {
		return mail(template, registration, conference, false);
	}

	/**
	 * {@code last}: the registration is being erased, so its personal page (and the
	 * certificate under it) is about to stop working and the mail does not offer it.
	 */
	private OutgoingMail mail(Template template, Registration registration, ConferenceView conference, boolean last) {
		Map<String, Object> model = new HashMap<>();
		model.put("familyName", registration.getFamilyName());
		model.put("givenName", registration.getGivenName());
		model.put("name", registration.name().in(registration.locale()));
		// A registrant who gives a title ("dr.") is greeted formally: "Tisztelt dr.
		// Kovács Éva!".
		model.put("salutation", registration.getPrefix().isBlank() ? "mail.registration.salutation"
				: "mail.registration.salutation.formal");
		model.put("conference", conference);
		model.put("status", registration.getStatus().name());
		if (!last) {
			String personalUrl = personalUrl(registration);
			model.put("personalUrl", personalUrl);
			model.put("certificateUrl", personalUrl + "/igazolas.pdf");
		}
		model.put("joinUrl", joinUrl(registration));
		model.put("materials", conference.agenda().stream().filter(AgendaItemView::hasMaterials).toList());
		model.put("recordings", conference.agenda().stream().filter((item) -> item.recordingUrl() != null).toList());
		model.put("calendarAttached", template.calendar != Calendar.NONE);
		// The words about the join link follow the time the mail is made at: whether the
		// link is still to come, and whether the conference is tomorrow, today or open.
		Instant now = this.clock.instant();
		Instant linkAt = this.properties.linkSendAt(conference);
		model.put("linkAt", linkAt);
		model.put("linkTiming", LinkTiming.of(conference, linkAt, now).name());
		model.put("conferenceTiming", LinkTiming.ofConference(conference, now).name());
		if (template == Template.FOLLOW_UP_ATTENDED) {
			surveyPath(conference.id(), registration.getPersonalToken())
				.ifPresent((path) -> model.put("surveyUrl", this.baseUrl + path));
		}
		OutgoingMail mail = new OutgoingMail(registration.getEmail(), registration.locale(),
				"registration/" + template.name, model)
			.withPersonal("familyName", "givenName", "name", "personalUrl", "joinUrl", "certificateUrl", "surveyUrl");
		if (template == Template.DAY_BEFORE_LINK || template == Template.REMINDER) {
			// Worthless once the conference started: first out when a backlog drains.
			mail = mail.asTimeCritical();
		}
		if (template.calendar != Calendar.NONE) {
			ConferenceCalendar.PersonalEntry entry = personalEntry(registration, conference,
					template.calendar == Calendar.CANCEL);
			mail = mail.withAttachment(new OutgoingMail.Attachment("konferencia.ics",
					ConferenceCalendar.mailContentType(entry), this.calendar.entry(conference, entry)));
		}
		return mail;
	}

	byte[] calendarEntry(Registration registration, ConferenceView conference, boolean cancelled) {
		return this.calendar.entry(conference, personalEntry(registration, conference, cancelled));
	}

	private ConferenceCalendar.PersonalEntry personalEntry(Registration registration, ConferenceView conference,
			boolean cancelled) {
		// A cancellation must outrank the last entry the calendar saw (RFC 5546
		// §2.1.4).
		int sequence = conference.sequence() + (cancelled ? 1 : 0);
		return new ConferenceCalendar.PersonalEntry(registration.uid(), sequence, joinUrl(registration), cancelled,
				registration.locale());
	}

	/** The attendee's survey page, where a module keeps a survey and it is open. */
	Optional<String> surveyPath(long conferenceId, String personalToken) {
		FollowUpSurvey surveys = this.survey.getIfAvailable();
		return (surveys != null) ? surveys.surveyPath(conferenceId, personalToken) : Optional.empty();
	}

	String personalUrl(Registration registration) {
		return this.baseUrl + "/regisztraciom/" + registration.getPersonalToken();
	}

	String joinUrl(Registration registration) {
		return this.baseUrl + "/j/" + registration.getJoinToken();
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
