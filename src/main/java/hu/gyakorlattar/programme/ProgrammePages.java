package hu.gyakorlattar.programme;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
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
 * The public face of the programme: the home page, each programme year's page, the
 * privacy notice and the accessibility statement.
 */
@Controller
@PreAuthorize("permitAll()")
class ProgrammePages {

	/** How many conferences that are over the home page recalls. */
	private static final int LATEST_PAST_EVENTS = 3;

	private final ProgrammeManagement programme;

	private final ObjectProvider<UpcomingEvents> upcomingEvents;

	private final ObjectProvider<PastEvents> pastEvents;

	private final ObjectProvider<ProgrammeYearListings> yearListings;

	private final ObjectProvider<ProgrammeYearResults> yearResults;

	private final PrivacyNoticeTerms privacyTerms;

	/**
	 * The privacy notice's version and the registrations' retention time come from the
	 * registration module: what registrants acknowledge and what its nightly job does is
	 * what the notice says.
	 */
	ProgrammePages(ProgrammeManagement programme, ObjectProvider<UpcomingEvents> upcomingEvents,
			ObjectProvider<PastEvents> pastEvents, ObjectProvider<ProgrammeYearListings> yearListings,
			ObjectProvider<ProgrammeYearResults> yearResults, PrivacyNoticeTerms privacyTerms) {
		this.programme = programme;
		this.upcomingEvents = upcomingEvents;
		this.pastEvents = pastEvents;
		this.yearListings = yearListings;
		this.yearResults = yearResults;
		this.privacyTerms = privacyTerms;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("cycle", this.programme.latestCycle().orElse(null));
		model.addAttribute("upcomingEvents",
				this.upcomingEvents.orderedStream()
					.flatMap((events) -> events.upcomingEvents().stream())
					.sorted(Comparator.comparing(UpcomingEvents.UpcomingEvent::startsAt))
					.toList());
		model.addAttribute("pastEvents",
				this.pastEvents.orderedStream()
					.flatMap((events) -> events.latestPastEvents(LATEST_PAST_EVENTS).stream())
					.sorted(Comparator.comparing(PastEvents.PastEvent::startsAt).reversed())
					.limit(LATEST_PAST_EVENTS)
					.toList());
		model.addAttribute("years", years());
		return "programme/home";
	}

	/**
	 * A programme year as the invitation presents it: its themes and steering committee,
	 * then its calls and conferences, and its results theme by theme once published.
	 */
	@GetMapping("/programev/{year}")
	String year(@PathVariable int year, Model model) {
		Cycle cycle = this.programme.cycleOfYear(year).orElseThrow(NotFound::new);
		List<ProgrammeYearListings.Listing> listings = this.yearListings.orderedStream()
			.flatMap((contributor) -> contributor.listingsOf(year).stream())
			.toList();
		model.addAttribute("cycle", cycle);
		model.addAttribute("calls", ofKind(listings, ProgrammeYearListings.Kind.CALL));
		model.addAttribute("conferences", ofKind(listings, ProgrammeYearListings.Kind.CONFERENCE));
		model.addAttribute("results", results(cycle));
		model.addAttribute("anyPractice",
				this.yearResults.orderedStream().anyMatch((results) -> results.anyPublished(cycle.getYear())));
		model.addAttribute("years", years());
		return "programme/year";
	}

	/** The year's recognised practices under their themes, in the themes' order. */
	private List<ThemeResults> results(Cycle cycle) {
		List<ProgrammeYearResults.Recognition> recognised = this.yearResults.orderedStream()
			.flatMap((results) -> results.resultsOf(cycle.getYear()).stream())
			.toList();
		return cycle.getThemes()
			.stream()
			.map((theme) -> new ThemeResults(theme,
					recognised.stream().filter((recognition) -> recognition.themeId() == theme.getId()).toList()))
			.filter((results) -> !results.recognised().isEmpty())
			.toList();
	}

	/** One theme's recognised practices. */
	record ThemeResults(Theme theme, List<ProgrammeYearResults.Recognition> recognised) {

	}

	private static List<ProgrammeYearListings.Listing> ofKind(List<ProgrammeYearListings.Listing> listings,
			ProgrammeYearListings.Kind kind) {
		return listings.stream().filter((listing) -> listing.kind() == kind).toList();
	}

	/** Every programme year, latest first, each linking its page. */
	private List<Integer> years() {
		return this.programme.cycles().stream().map(Cycle::getYear).toList();
	}

	@GetMapping("/adatkezeles")
	String privacyNotice(Model model) {
		model.addAttribute("noticeVersion", this.privacyTerms.noticeVersion());
		model.addAttribute("retentionDays", this.privacyTerms.registrationRetention().toDays());
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
