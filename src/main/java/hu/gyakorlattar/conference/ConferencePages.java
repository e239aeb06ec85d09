package hu.gyakorlattar.conference;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public conference pages: what is coming and the archive, each conference as the
 * invitation presents it, its speakers' photos and slides, and the calendar feed.
 * Unpublished conferences exist only for admins.
 */
@Controller
@RequestMapping("/esemenyek")
@PreAuthorize("permitAll()")
class ConferencePages {

	private final ConferenceManagement conferences;

	private final ConferenceCalendar calendar;

	private final ObjectProvider<PlacesTaken> placesTaken;

	private final ObjectProvider<PublishedAnswers> publishedAnswers;

	private final Clock clock;

	ConferencePages(ConferenceManagement conferences, ConferenceCalendar calendar,
			ObjectProvider<PlacesTaken> placesTaken, ObjectProvider<PublishedAnswers> publishedAnswers, Clock clock) {
		this.conferences = conferences;
		this.calendar = calendar;
		this.placesTaken = placesTaken;
		this.publishedAnswers = publishedAnswers;
		this.clock = clock;
	}

	@GetMapping
	String conferences(Model model) {
		model.addAttribute("upcoming", this.conferences.upcoming());
		model.addAttribute("past", this.conferences.past());
		model.addAttribute("now", this.clock.instant());
		return "conference/conferences";
	}

	@GetMapping("/{id}")
	String conference(@PathVariable long id, @ModelAttribute("viewer") Viewer viewer, Model model) {
		ConferenceView conference = visible(id, viewer);
		model.addAttribute("conference", conference);
		model.addAttribute("now", this.clock.instant());
		PlacesTaken taken = this.placesTaken.getIfAvailable();
		if (taken != null) {
			model.addAttribute("placesLeft", Math.max(0, conference.capacity() - taken.placesTaken(id)));
		}
		model.addAttribute("answers", answers(conference));
		model.addAttribute("platform", this.conferences.platform(id).orElse(null));
		return "conference/conference";
	}

	/** The published answers of a conference that is over, each with its topic. */
	private List<ArchivedAnswer> answers(ConferenceView conference) {
		PublishedAnswers answers = this.publishedAnswers.getIfAvailable();
		if (answers == null || !conference.over(this.clock.instant())) {
			return List.of();
		}
		Map<Long, String> titles = conference.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::title, (a, b) -> a));
		return answers.publishedAnswers(conference.id())
			.stream()
			.map((answer) -> new ArchivedAnswer(
					(answer.agendaItemId() != null) ? titles.get(answer.agendaItemId()) : null, answer.question(),
					answer.answer()))
			.toList();
	}

	/**
	 * A published answer on the archive page; {@code topic} null for a general question.
	 */
	record ArchivedAnswer(String topic, String question, String answer) {

	}

	@GetMapping("/{id}/kozremukodok/{personId}/foto")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long personId,
			@ModelAttribute("viewer") Viewer viewer) {
		FileContent photo = this.conferences.photo(id, personId, !viewer.has("ADMIN")).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache())
			.body(photo.content());
	}

	@GetMapping("/{id}/program/{itemId}/dia")
	ResponseEntity<byte[]> slides(@PathVariable long id, @PathVariable long itemId,
			@ModelAttribute("viewer") Viewer viewer) {
		FileContent slides = this.conferences.slides(id, itemId, !viewer.has("ADMIN")).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(slides.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(slides.content());
	}

	/** Every published conference, for subscribing in a calendar application. */
	@GetMapping(path = "/naptar.ics")
	ResponseEntity<byte[]> calendarFeed() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConferenceCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("gyakorlattar.ics").build().toString())
			.body(this.calendar.feed(this.conferences.published()));
	}

	/**
	 * This one conference for the visitor's calendar: the same entry (UID, SEQUENCE) as
	 * in the feed, so subscribing later does not double it.
	 */
	@GetMapping(path = "/{id}/naptar.ics")
	ResponseEntity<byte[]> calendarEntry(@PathVariable long id, @ModelAttribute("viewer") Viewer viewer) {
		ConferenceView conference = visible(id, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConferenceCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("konferencia-" + id + ".ics").build().toString())
			.body(this.calendar.feed(List.of(conference)));
	}

	private ConferenceView visible(long id, Viewer viewer) {
		return this.conferences.find(id)
			.filter((conference) -> conference.published() || viewer.has("ADMIN"))
			.orElseThrow(NotFound::new);
	}

}
