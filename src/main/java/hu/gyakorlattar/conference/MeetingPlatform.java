package hu.gyakorlattar.conference;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The name of the service a conference's meeting runs on, as the invitation names it
 * ("ZOOM virtuális teremben"), read from the meeting link's host: visitors learn where
 * they will be without seeing the link itself, which only registrants get.
 */
final class MeetingPlatform {

	/** Host suffixes and their service's name; a host matches itself or a subdomain. */
	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("zoom.us", "Zoom"),
			Map.entry("zoom.com", "Zoom"), Map.entry("zoomgov.com", "Zoom"),
			Map.entry("teams.microsoft.com", "Microsoft Teams"), Map.entry("teams.live.com", "Microsoft Teams"),
			Map.entry("meet.jit.si", "Jitsi Meet"), Map.entry("8x8.vc", "Jitsi Meet"),
			Map.entry("meet.google.com", "Google Meet"), Map.entry("webex.com", "Webex"),
			Map.entry("whereby.com", "Whereby"), Map.entry("gotomeeting.com", "GoTo Meeting"),
			Map.entry("meet.goto.com", "GoTo Meeting"), Map.entry("skype.com", "Skype"));

	private MeetingPlatform() {
	}

	/**
	 * The service's name, or empty when the link's host is not a service we know (the
	 * page then says only "online").
	 */
	static Optional<String> of(MeetingKind kind, String meetingUrl) {
		if (kind == MeetingKind.ZOOM) {
			return Optional.of("Zoom");
		}
		return host(meetingUrl).flatMap((host) -> NAMES.entrySet()
			.stream()
			.filter((entry) -> host.equals(entry.getKey()) || host.endsWith("." + entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst());
	}

	private static Optional<String> host(String url) {
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		try {
			String host = URI.create(url.strip()).getHost();
			return Optional.ofNullable(host).map((name) -> name.toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
