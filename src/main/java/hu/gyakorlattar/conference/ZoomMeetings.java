package hu.gyakorlattar.conference;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import hu.gyakorlattar.shared.HungarianFormats;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Zoom's REST API (v2) with server-to-server OAuth: creates and reschedules a
 * conference's meeting with registration required, and registers each registrant so that
 * each gets a personal join URL. Enabled when {@code gyakorlattar.zoom.account-id} is
 * set; the token is kept until shortly before Zoom says it expires. Every call gives up
 * after the connect and read timeouts ({@link ZoomProperties}), so a Zoom that hangs
 * never holds its caller for long.
 */
@Component
class ZoomMeetings {

	private static final DateTimeFormatter ZOOM_LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final ZoomProperties zoom;

	/** Built on the first call ({@link #client()}). */
	private @Nullable JdkClientHttpRequestFactory requests;

	private @Nullable RestClient client;

	private final String credentials;

	private final Clock clock;

	private String token;

	private Instant tokenExpiresAt = Instant.MIN;

	ZoomMeetings(ZoomProperties zoom, Clock clock) {
		this.zoom = zoom;
		this.credentials = Base64.getEncoder()
			.encodeToString((zoom.clientId() + ":" + zoom.clientSecret()).getBytes(StandardCharsets.UTF_8));
		this.clock = clock;
	}

	/**
	 * The client of Zoom's API, built on the first call: most installations never connect
	 * a Zoom account, and building an HTTP client (its TLS context and certificates) at
	 * every start cost, with the calendar's time zone, about 0.4 s (bench/start-ab.sh).
	 */
	private synchronized RestClient client() {
		if (this.client == null) {
			this.client = RestClient.builder().baseUrl(this.zoom.apiUrl()).requestFactory(requests()).build();
		}
		return this.client;
	}

	private synchronized JdkClientHttpRequestFactory requests() {
		if (this.requests == null) {
			this.requests = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().connectTimeout(this.zoom.connectTimeout()).build());
			this.requests.setReadTimeout(this.zoom.readTimeout());
		}
		return this.requests;
	}

	boolean enabled() {
		return !this.zoom.accountId().isBlank();
	}

	/**
	 * Creates a scheduled meeting that requires registration; answers its id and join
	 * URL.
	 */
	CreatedMeeting create(Conference conference) {
		try {
			return client().post()
				.uri("/users/me/meetings")
				.headers(this::authorise)
				.contentType(MediaType.APPLICATION_JSON)
				.body(meetingBody(conference))
				.retrieve()
				.body(CreatedMeeting.class);
		}
		catch (RestClientException ex) {
			throw new ZoomUnavailable(ex);
		}
	}

	/** Moves the meeting to the conference's current time and title. */
	void update(Conference conference) {
		try {
			client().patch()
				.uri("/meetings/{id}", conference.getZoomMeetingId())
				.headers(this::authorise)
				.contentType(MediaType.APPLICATION_JSON)
				.body(meetingBody(conference))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			throw new ZoomUnavailable(ex);
		}
	}

	/** Registers someone for the meeting; Zoom answers their personal join URL. */
	MeetingSeat register(String meetingId, Attendee attendee) {
		try {
			AddedRegistrant added = client().post()
				.uri("/meetings/{id}/registrants", meetingId)
				.headers(this::authorise)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("email", attendee.email(), "first_name", attendee.givenName(), "last_name",
						attendee.familyName()))
				.retrieve()
				.body(AddedRegistrant.class);
			return new MeetingSeat(added.join_url(), added.registrant_id());
		}
		catch (RestClientException ex) {
			throw new ZoomUnavailable(ex);
		}
	}

	/** Cancels a registration, so the personal join URL stops working. */
	void cancel(String meetingId, String registrantId, String email) {
		try {
			client().put()
				.uri("/meetings/{id}/registrants/status", meetingId)
				.headers(this::authorise)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("action", "cancel", "registrants", List.of(Map.of("id", registrantId, "email", email))))
				.retrieve()
				.toBodilessEntity();
		}
		catch (RestClientException ex) {
			throw new ZoomUnavailable(ex);
		}
	}

	private Map<String, Object> meetingBody(Conference conference) {
		String title = conference.getTitle();
		return Map.of("topic", title.substring(0, Math.min(title.length(), 200)), "type", 2, "start_time",
				ZOOM_LOCAL_TIME.format(conference.getStartsAt().atZone(HungarianFormats.BUDAPEST)), "timezone",
				HungarianFormats.BUDAPEST.getId(), "duration",
				Duration.between(conference.getStartsAt(), conference.getEndsAt()).toMinutes(), "settings",
				Map.of("approval_type", 0, "registration_type", 1, "join_before_host", true,
						"registrants_email_notification", false, "registrants_confirmation_email", false));
	}

	private synchronized void authorise(HttpHeaders headers) {
		Instant now = this.clock.instant();
		if (this.token == null || !now.isBefore(this.tokenExpiresAt)) {
			AccessToken fresh = RestClient.builder()
				.requestFactory(requests())
				.build()
				.post()
				.uri(this.zoom.oauthUrl() + "?grant_type=account_credentials&account_id={account}",
						this.zoom.accountId())
				.header(HttpHeaders.AUTHORIZATION, "Basic " + this.credentials)
				.retrieve()
				.body(AccessToken.class);
			this.token = fresh.access_token();
			// A minute's margin, so a token never expires on its way to Zoom.
			this.tokenExpiresAt = now.plusSeconds(Math.max(0, fresh.expires_in() - 60));
		}
		headers.setBearerAuth(this.token);
	}

	record CreatedMeeting(long id, String join_url) {

	}

	record AddedRegistrant(String registrant_id, String join_url) {

	}

	record AccessToken(String access_token, String token_type, long expires_in) {

	}

	/** Zoom did not answer or refused the request. */
	static class ZoomUnavailable extends RuntimeException {

		ZoomUnavailable(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}
