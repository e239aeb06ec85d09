package hu.gyakorlattar.programme;

import java.time.Duration;
import java.util.Comparator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import hu.gyakorlattar.shared.NotFound;

/**
 * The public face of the programme: the home page, the privacy notice and the
 * accessibility statement.
 */
@Controller
@PreAuthorize("permitAll()")
class ProgrammePages {

	private final ProgrammeManagement programme;

	private final ObjectProvider<UpcomingEvents> upcomingEvents;

	private final String privacyNoticeVersion;

	private final Duration registrationRetention;

	/**
	 * The notice's version and the registrations' retention time are the registration
	 * module's settings: what registrants acknowledge and what its nightly job does is
	 * what this page says.
	 */
	ProgrammePages(ProgrammeManagement programme, ObjectProvider<UpcomingEvents> upcomingEvents,
			@Value("${gyakorlattar.registration.privacy-notice-version:1}") String privacyNoticeVersion,
			@Value("${gyakorlattar.registration.retention:P365D}") Duration registrationRetention) {
		this.programme = programme;
		this.upcomingEvents = upcomingEvents;
		this.privacyNoticeVersion = privacyNoticeVersion;
		this.registrationRetention = registrationRetention;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("cycle", this.programme.currentCycle().orElse(null));
		model.addAttribute("upcomingEvents",
				this.upcomingEvents.orderedStream()
					.flatMap((events) -> events.upcomingEvents().stream())
					.sorted(Comparator.comparing(UpcomingEvents.UpcomingEvent::startsAt))
					.toList());
		return "programme/home";
	}

	@GetMapping("/adatkezeles")
	String privacyNotice(Model model) {
		model.addAttribute("noticeVersion", this.privacyNoticeVersion);
		model.addAttribute("retentionDays", this.registrationRetention.toDays());
		return "programme/privacy";
	}

	@GetMapping("/akadalymentesseg")
	String accessibilityStatement() {
		return "programme/accessibility";
	}

	@GetMapping("/bizottsag/logo/{memberId}")
	ResponseEntity<byte[]> logo(@PathVariable long memberId) {
		ProgrammeManagement.Logo logo = this.programme.logo(memberId).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.noCache())
			.body(logo.bytes());
	}

}
