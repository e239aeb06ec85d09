package hu.gyakorlattar.registration;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.conference.MeetingSeat;
import hu.gyakorlattar.conference.ZoomStub;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrant who got their place while Zoom was down has no personal Zoom link; once
 * Zoom answers again, the retry job enrols them and their join link leads straight to
 * their own Zoom URL.
 */
@SpringBootTest(properties = "gyakorlattar.test.isolated=missing-seats")
class MissingSeatsTests {

	static final ZoomStub zoom = new ZoomStub();

	@DynamicPropertySource
	static void zoomAccount(DynamicPropertyRegistry properties) {
		zoom.configure(properties);
	}

	@AfterAll
	static void stopZoom() {
		zoom.close();
	}

	@Autowired
	ConfirmingAndCancelling registrations;

	@Autowired
	Registering registering;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	MissingSeats missingSeats;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aRegistrantEnrolledWhileZoomWasDownGetsTheirOwnLinkOnceItIsBack() {
		LocalDate today = LocalDate.now(HungarianFormats.BUDAPEST);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.publishedOnZoom(this.conferences,
				"Zoom-kiesés", today.plusDays(5), today.minusDays(1).atTime(9, 0)));
		String onTime = confirmedRegistration(id, "idoben@example.hu");
		zoom.goDown(true);
		String duringOutage = confirmedRegistration(id, "kieses@example.hu");
		assertThat(seatOf(onTime).providerId()).isNotNull();
		assertThat(seatOf(duringOutage).providerId()).isNull();

		this.missingSeats.enrolMissing();
		assertThat(seatOf(duringOutage).providerId()).as("Zoom is still down").isNull();

		zoom.goDown(false);
		int registered = zoom.requestsTo("POST", "/v2/meetings/").size();
		this.missingSeats.enrolMissing();

		assertThat(seatOf(duringOutage).providerId()).isNotNull();
		assertThat(seatOf(duringOutage).joinUrl()).startsWith("https://zoom.example/w/");
		assertThat(this.conferences.entrance(id, seatOf(duringOutage))).isEqualTo(seatOf(duringOutage).joinUrl());
		assertThat(zoom.requestsTo("POST", "/v2/meetings/")).as("only the one missing registrant is enrolled")
			.hasSize(registered + 1);
	}

	private String confirmedRegistration(long conferenceId, String email) {
		this.transaction.executeWithoutResult(
				(status) -> this.registering.register(
						conferenceId, new RegistrationForm("", "Zoomos", "Zita", email, "jegyző", null,
								"Példa Egyesület", null, null, true, null, null, null),
						Locale.forLanguageTag("hu-HU")));
		String token = this.repository.findAll()
			.stream()
			.filter((r) -> r.getEmail().equals(email))
			.findFirst()
			.orElseThrow()
			.getPersonalToken();
		this.transaction.executeWithoutResult((status) -> this.registrations.confirm(token));
		return token;
	}

	private MeetingSeat seatOf(String token) {
		return this.repository.findByPersonalToken(token).orElseThrow().seat();
	}

}
