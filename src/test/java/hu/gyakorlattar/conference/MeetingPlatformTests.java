package hu.gyakorlattar.conference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page names the meeting's service from its link's host, never guessing beyond it.
 */
class MeetingPlatformTests {

	@Test
	void knownHostsAndTheirSubdomainsNameTheirService() {
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://us02web.zoom.us/j/85462210622")).hasValue("Zoom");
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://teams.microsoft.com/l/meetup-join/19%3a"))
			.hasValue("Microsoft Teams");
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://meet.jit.si/gyakorlattar")).hasValue("Jitsi Meet");
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://MEET.google.com/abc-defg-hij"))
			.hasValue("Google Meet");
		assertThat(MeetingPlatform.of(MeetingKind.ZOOM, null)).hasValue("Zoom");
	}

	@Test
	void anUnknownOrLookalikeHostIsJustOnline() {
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://notzoom.us/j/1")).isEmpty();
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://zoom.us.example.com/j/1")).isEmpty();
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "https://konferencia.example.hu/terem")).isEmpty();
		assertThat(MeetingPlatform.of(MeetingKind.LINK, "nem link")).isEmpty();
		assertThat(MeetingPlatform.of(MeetingKind.LINK, null)).isEmpty();
	}

}
