package hu.gyakorlattar.conference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public conference pages: what is coming and the archive, each conference as the
 * invitation presents it, its speakers' photos and slides, and the calendar feed.
 * Unpublished conferences exist only for admins.
 */
@Controller
@RequestMapping("/esemenyek")
@PreAuthorize("permitAll()")
class ConferencePages {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	/**
	 * A browser may keep the page but asks whether it changed before showing it again.
	 */
	private static final String REVALIDATE = CacheControl.noCache().cachePrivate().getHeaderValue();

	private final ConferenceManagement conferences;

	private final ConferenceCalendar calendar;

	private final ObjectProvider<PlacesTaken> placesTaken;

	private final ObjectProvider<PublishedAnswers> publishedAnswers;

	private final ConferencePageCache pages;

	private final ViewResolver views;

	private final Clock clock;

	ConferencePages(ConferenceManagement conferences, ConferenceCalendar calendar,
			ObjectProvider<PlacesTaken> placesTaken, ObjectProvider<PublishedAnswers> publishedAnswers,
			ConferencePageCache pages, @Qualifier("thymeleafViewResolver") ViewResolver views, Clock clock) {
		this.conferences = conferences;
		this.calendar = calendar;
		this.placesTaken = placesTaken;
		this.publishedAnswers = publishedAnswers;
		this.pages = pages;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping
	String conferences(Model model) {
		model.addAttribute("upcoming", this.conferences.upcoming());
		model.addAttribute("past", this.conferences.past());
		model.addAttribute("now", this.clock.instant());
		return "conference/conferences";
	}

	/**
	 * A conference's page. Anonymous visitors get it from {@link ConferencePageCache}
	 * with its ETag and Last-Modified (a conditional request for an unchanged page gets a
	 * 304), compressed already when their browser accepts gzip; signed-in viewers, whose
	 * navigation differs, and a page carrying a one-time notice get it rendered for them.
	 * The bytes are written as they are: the message converters' header handling and date
	 * parsing were a tenth of the cached page's time. The viewer is no
	 * {@code @ModelAttribute} argument here: that would bind and validate it for every
	 * visitor (another twentieth); the layout gets it from the model as on every page.
	 */
	@GetMapping("/{id}")
	void conference(@PathVariable long id, Model model, Locale locale, ServletWebRequest webRequest,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Viewer viewer = Viewer.current();
		Map<String, ?> notice = RequestContextUtils.getInputFlashMap(request);
		if (viewer.signedIn() || (notice != null && !notice.isEmpty())) {
			write(response, render(id, viewer, model, this.clock.instant(), locale, request, response).html());
			return;
		}
		ConferencePageCache.Page page = this.pages.page(id, locale, this.clock.instant(),
				(now) -> render(id, viewer, model, now, locale, request, response));
		if (webRequest.checkNotModified(page.etag(), page.lastModified().toEpochMilli())) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (AcceptedEncodings.gzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			write(response, page.gzipped());
		}
		else {
			write(response, page.html());
		}
	}

	private static void write(HttpServletResponse response, byte[] html) throws IOException {
		response.setContentType(HTML.toString());
		response.setContentLength(html.length);
		response.getOutputStream().write(html);
	}

	private ConferencePageCache.Rendered render(long id, Viewer viewer, Model model, Instant now, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		ConferenceView conference = visible(id, viewer);
		model.addAttribute("conference", conference);
		model.addAttribute("now", now);
		PlacesTaken taken = this.placesTaken.getIfAvailable();
		if (taken != null) {
			model.addAttribute("placesLeft", Math.max(0, conference.capacity() - taken.placesTaken(id)));
		}
		model.addAttribute("answers", answers(conference, now));
		model.addAttribute("platform", this.conferences.platform(id).orElse(null));
		try {
			View view = this.views.resolveViewName("conference/conference", locale);
			ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
			view.render(model.asMap(), request, captured);
			return new ConferencePageCache.Rendered(captured.getContentAsByteArray(),
					readsDifferentlyAfter(conference, now));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render the page of conference " + id, ex);
		}
	}

	/**
	 * The next moment the page reads differently by the clock alone: registration or the
	 * end.
	 */
	private static Instant readsDifferentlyAfter(ConferenceView conference, Instant now) {
		return Stream.of(conference.registrationOpensAt(), conference.registrationClosesAt(), conference.endsAt())
			.filter((moment) -> moment.isAfter(now))
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/** The published answers of a conference that is over, each with its topic. */
	private List<ArchivedAnswer> answers(ConferenceView conference, Instant now) {
		PublishedAnswers answers = this.publishedAnswers.getIfAvailable();
		if (answers == null || !conference.over(now)) {
			return List.of();
		}
		Map<Long, Bilingual> titles = conference.agenda()
			.stream()
			.collect(Collectors.toMap(AgendaItemView::id, AgendaItemView::bilingualTitle, (a, b) -> a));
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
	record ArchivedAnswer(Bilingual topic, String question, String answer) {

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
						.filename(slides.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(slides.content());
	}

	/** Every published conference, for subscribing in a calendar application. */
	@GetMapping(path = "/naptar.ics")
	ResponseEntity<byte[]> calendarFeed(Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConferenceCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("gyakorlattar.ics").build().toString())
			.body(this.calendar.feed(this.conferences.published(), locale));
	}

	/**
	 * This one conference for the visitor's calendar: the same entry (UID, SEQUENCE) as
	 * in the feed, so subscribing later does not double it.
	 */
	@GetMapping(path = "/{id}/naptar.ics")
	ResponseEntity<byte[]> calendarEntry(@PathVariable long id, @ModelAttribute("viewer") Viewer viewer,
			Locale locale) {
		ConferenceView conference = visible(id, viewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ConferenceCalendar.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("konferencia-" + id + ".ics").build().toString())
			.body(this.calendar.feed(List.of(conference), locale));
	}

	private ConferenceView visible(long id, Viewer viewer) {
		return this.conferences.find(id)
			.filter((conference) -> conference.published() || viewer.has("ADMIN"))
			.orElseThrow(NotFound::new);
	}

}
