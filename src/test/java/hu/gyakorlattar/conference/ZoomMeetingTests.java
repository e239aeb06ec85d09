package hu.gyakorlattar.conference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A conference in a Zoom meeting the application creates through Zoom's API (here a local
 * stub that speaks it): the meeting requires registration, moves with the conference, and
 * every registrant gets a personal join URL that a cancellation revokes.
 */
@ApplicationTest
class ZoomMeetingTests {

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
	ConferenceManagement conferences;

	@Test
	void aZoomConferenceGivesEveryRegistrantAPersonalLinkAndMovesWithTheConference() {
		long id = this.conferences.create(form(LocalDate.of(2032, 9, 15), LocalTime.of(10, 0))).getId();

		int tokensFetched = zoom.requestsTo("POST", "/oauth/token").size();
		ZoomStub.Request token = zoom.requestsTo("POST", "/oauth/token").get(tokensFetched - 1);
		assertThat(token.query()).isEqualTo("grant_type=account_credentials&account_id=" + ZoomStub.ACCOUNT);
		assertThat(token.authorization()).isEqualTo("Basic " + Base64.getEncoder()
			.encodeToString((ZoomStub.CLIENT_ID + ":" + ZoomStub.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
		ZoomStub.Request created = zoom.requestsTo("POST", "/v2/users/me/meetings").get(0);
		assertThat(created.body().get("type").asInt()).isEqualTo(2);
		assertThat(created.body().get("start_time").asString()).isEqualTo("2032-09-15T10:00:00");
		assertThat(created.body().get("timezone").asString()).isEqualTo("Europe/Budapest");
		assertThat(created.body().get("duration").asInt()).isEqualTo(150);
		assertThat(created.body().get("settings").get("approval_type").asInt())
			.as("registration required, approved automatically")
			.isZero();

		MeetingSeat seat = this.conferences.enrol(id, new Attendee("kovacs.anna@example.hu", "Kovács", "Anna"));
		assertThat(seat.joinUrl()).isEqualTo("https://zoom.example/w/85746065432?tk=reg-1");
		assertThat(this.conferences.entrance(id, seat)).isEqualTo(seat.joinUrl());
		ZoomStub.Request registered = zoom.requestsTo("POST", "/v2/meetings/85746065432/registrants").get(0);
		assertThat(registered.body().get("first_name").asString()).isEqualTo("Anna");
		assertThat(registered.body().get("last_name").asString()).isEqualTo("Kovács");

		ConferenceForm moved = new ConferenceForm(2021, null, "Zoomos konferencia", "", LocalDate.of(2032, 9, 16),
				LocalTime.of(9, 0), LocalTime.of(11, 30), 30, 100, LocalDateTime.of(2032, 1, 1, 9, 0),
				LocalDateTime.of(2032, 9, 14, 9, 0), null, MeetingKind.ZOOM, "");
		this.conferences.describe(id, moved);
		ZoomStub.Request patched = zoom.requestsTo("PATCH", "/v2/meetings/85746065432").get(0);
		assertThat(patched.body().get("start_time").asString()).isEqualTo("2032-09-16T09:00:00");

		this.conferences.release(id, seat, "kovacs.anna@example.hu");
		ZoomStub.Request cancelled = zoom.requestsTo("PUT", "/v2/meetings/85746065432/registrants/status").get(0);
		assertThat(cancelled.body().get("action").asString()).isEqualTo("cancel");
		assertThat(cancelled.body().get("registrants").get(0).get("id").asString()).isEqualTo("reg-1");
		assertThat(zoom.requestsTo("POST", "/oauth/token")).as("the token is reused until it expires")
			.hasSize(tokensFetched);
	}

	@Test
	void whenZoomIsDownTheAdminIsToldAndNothingIsSaved() {
		zoom.goDown(true);
		try {
			int before = this.conferences.all().size();
			assertThatExceptionOfType(InvalidInput.class)
				.isThrownBy(() -> this.conferences.create(form(LocalDate.of(2032, 10, 1), LocalTime.of(10, 0))))
				.satisfies((refusal) -> assertThat(refusal.messageKey()).isEqualTo("conference.zoom.unavailable"));
			assertThat(this.conferences.all()).hasSize(before);
		}
		finally {
			zoom.goDown(false);
		}
	}

	private static ConferenceForm form(LocalDate day, LocalTime start) {
		return new ConferenceForm(2021, null, "Zoomos konferencia", "", day, start, start.plusMinutes(150), 30, 100,
				LocalDateTime.of(2032, 1, 1, 9, 0), day.minusDays(1).atTime(9, 0), null, MeetingKind.ZOOM, "");
	}

}
