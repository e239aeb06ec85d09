package hu.gyakorlattar.registration;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The follow-up after the conference, as a durable scheduled mail against a real SMTP
 * server: nothing before the configured delay after the end; then the attendee gets the
 * thanks, the recordings, the certificate link and the link to the feedback survey, the
 * confirmed no-show the recordings, each once, in their own language.
 */
@ApplicationTest
@TestSmtp.Used
@AdjustableClock.Stopped
class FollowUpMailTests {

	@Autowired
	ConfirmingAndCancelling registrations;

	@Autowired
	Registering registering;

	@Autowired
	Joining joining;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	SendScheduledMails sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AdjustableClock clock;

	final Mailbox mailbox = new Mailbox(TestSmtp.server());

	@Test
	void afterTheEndTheAttendeeGetsTheMaterialsAndTheCertificateAndTheNoShowTheRecordingsOnce() {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(3);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Utókövetés", day, 10, day.minusDays(10).atTime(9, 0), day.atTime(9, 0)));
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(11, 0), AgendaItemKind.TALK, "Okos közvilágítás");
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(11, 0), LocalTime.of(11, 30),
				AgendaItemKind.TALK, "Felvétel nélküli előadás");
		this.transaction.executeWithoutResult((status) -> ConferencesForRegistrationTests
			.withRecording(this.conferences, id, talk, "https://video.example.hu/okos-kozvilagitas"));
		Registration attendee = confirmed(id, "reszt@example.hu", "Résztvevő", "Rita", HungarianFormats.HUNGARIAN);
		Registration noShow = confirmed(id, "tavol@example.hu", "Távollévő", "Tamás", Locale.ENGLISH);
		ConferenceView conference = this.conferences.find(id).orElseThrow();

		this.clock.advance(Duration.between(this.clock.instant(), conference.techHelpFrom()).plusMinutes(1));
		this.transaction.executeWithoutResult((status) -> this.joining.enter(attendee.getJoinToken()));

		// An hour after the end nothing has gone yet (the default delay is two hours).
		this.clock.advance(Duration.between(this.clock.instant(), conference.endsAt()).plusHours(1));
		this.sender.sendDue();
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> followUps() == 0);

		this.clock.advance(Duration.ofHours(1).plusMinutes(1));
		this.sender.sendDue();
		this.sender.sendDue();

		Mailbox.Mail thanks = this.mailbox.awaitSubject("reszt@example.hu", "Köszönjük a részvételt");
		assertThat(thanks.subject()).isEqualTo("Köszönjük a részvételt: Utókövetés");
		assertThat(thanks.text()).startsWith("Kedves Résztvevő Rita!")
			.contains("Okos közvilágítás")
			.contains("https://video.example.hu/okos-kozvilagitas")
			.contains("/regisztraciom/" + attendee.getPersonalToken() + "/igazolas.pdf")
			.contains("/regisztraciom/" + attendee.getPersonalToken() + "/visszajelzes")
			.doesNotContain("Felvétel nélküli előadás");
		assertThat(thanks.html()).contains("href=\"https://video.example.hu/okos-kozvilagitas\"")
			.contains("/regisztraciom/" + attendee.getPersonalToken() + "/igazolas.pdf")
			.contains("/regisztraciom/" + attendee.getPersonalToken() + "/visszajelzes\"");

		Mailbox.Mail recordings = this.mailbox.awaitSubject("tavol@example.hu", "Recordings of the conference");
		assertThat(recordings.subject()).isEqualTo("Recordings of the conference: Utókövetés");
		assertThat(recordings.text()).contains("We are sorry you could not attend")
			.contains("https://video.example.hu/okos-kozvilagitas")
			.doesNotContain("igazolas.pdf")
			.doesNotContain("visszajelzes")
			.doesNotContain("Köszönjük");

		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> followUps() == 2);
		assertThat(this.mailbox.to("reszt@example.hu"))
			.filteredOn((mail) -> mail.subject().startsWith("Recordings")
					|| mail.subject().startsWith("A konferencia felvételei"))
			.isEmpty();
		assertThat(this.mailbox.to("tavol@example.hu"))
			.filteredOn((mail) -> mail.subject().startsWith("Thank you") || mail.subject().startsWith("Köszönjük"))
			.isEmpty();
		assertThat(this.repository.findById(noShow.getId()).orElseThrow().getStatus())
			.isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void whoCancelledGetsNoFollowUp() {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(3);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Lemondott utókövetés", day, 10, day.minusDays(10).atTime(9, 0), day.atTime(9, 0)));
		Registration cancelled = confirmed(id, "lemondott.utokovetes@example.hu", "Lemondó", "Lili",
				HungarianFormats.HUNGARIAN);
		this.transaction.executeWithoutResult((status) -> this.registrations.cancel(cancelled.getPersonalToken()));
		ConferenceView conference = this.conferences.find(id).orElseThrow();

		this.clock.advance(Duration.between(this.clock.instant(), conference.endsAt()).plusHours(3));
		this.sender.sendDue();
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> this.mailbox.to("lemondott.utokovetes@example.hu")
				.stream()
				.noneMatch((mail) -> mail.subject().startsWith("Köszönjük a részvételt")
						|| mail.subject().startsWith("A konferencia felvételei")));
	}

	Registration confirmed(long conferenceId, String email, String family, String given, Locale locale) {
		this.transaction
			.executeWithoutResult((status) -> this.registering.register(conferenceId, new RegistrationForm("", family,
					given, email, "jegyző", "", "Példa Egyesület", "", "", true, false, false, null), locale));
		Registration registration = this.repository.findByConferenceIdAndEmailKey(conferenceId, email).orElseThrow();
		this.transaction.executeWithoutResult((status) -> this.registrations.confirm(registration.getPersonalToken()));
		return this.repository.findById(registration.getId()).orElseThrow();
	}

	long followUps() {
		return this.mailbox.to("reszt@example.hu")
			.stream()
			.filter((mail) -> mail.subject().startsWith("Köszönjük a részvételt"))
			.count()
				+ this.mailbox.to("tavol@example.hu")
					.stream()
					.filter((mail) -> mail.subject().startsWith("Recordings of the conference"))
					.count();
	}

}
