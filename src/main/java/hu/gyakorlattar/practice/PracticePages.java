package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The public knowledge base: the search page with its facets, and one page per published
 * practice with its similar practices and the sections other modules add to it
 * ({@link PracticePageSection}, e.g. where it has been taken up). Every state of the
 * search is a URL, so it works without JavaScript and can be shared.
 */
@Controller
@PreAuthorize("permitAll()")
class PracticePages {

	private final PracticeManagement practices;

	private final AccountManagement accounts;

	private final MunicipalityDirectory municipalities;

	private final ObjectProvider<PracticeFaq> faq;

	private final ObjectProvider<PracticePageSection> sections;

	PracticePages(PracticeManagement practices, AccountManagement accounts, MunicipalityDirectory municipalities,
			ObjectProvider<PracticeFaq> faq, ObjectProvider<PracticePageSection> sections) {
		this.practices = practices;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.faq = faq;
		this.sections = sections;
	}

	@GetMapping("/gyakorlatok")
	String search(@RequestParam Map<String, String> parameters,
			@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale, Model model) {
		SearchState state = SearchState.of(parameters);
		PracticeResults results = this.practices.search(state.toQuery(), locale);
		if (results.items().isEmpty() && state.page() > 1 && results.total() > 0) {
			state = SearchState.of(withPage(parameters, results.totalPages()));
			results = this.practices.search(state.toQuery(), locale);
		}
		model.addAttribute("state", state);
		model.addAttribute("results", results);
		model.addAttribute("facets", state.facetLinks(results.facets()));
		model.addAttribute("orders", PracticeQuery.Order.values());
		homeMunicipality(viewer).ifPresent((home) -> {
			model.addAttribute("home", home);
			model.addAttribute("likeHome", SearchState
				.of(Map.of("jogallas", home.status().name(), "meret", PopulationBand.of(home.population()).name()))
				.page(1));
		});
		return "practice/search";
	}

	@GetMapping("/gyakorlatok/{slug}")
	Object practice(@PathVariable String slug, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Locale locale, Model model) {
		PracticeManagement.Lookup lookup = this.practices.lookup(slug);
		if (lookup == null) {
			throw new NotFound();
		}
		if (lookup.movedTo() != null) {
			RedirectView moved = new RedirectView("/gyakorlatok/" + lookup.movedTo(), true);
			moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return moved;
		}
		return show(lookup.practice(), viewer, locale, model);
	}

	private String show(Practice practice, Viewer viewer, Locale locale, Model model) {
		model.addAttribute("practice", practice);
		model.addAttribute("attachments", this.practices.attachments(practice.getId()));
		model.addAttribute("similar", this.practices.similar(practice.getId(), 4, locale));
		PracticeFaq asked = this.faq.getIfAvailable();
		model.addAttribute("faq", (asked != null) ? asked.faq(practice.getId()) : java.util.List.of());
		PublishedPractice published = PracticeManagement.view(practice);
		model.addAttribute("sections",
				this.sections.orderedStream()
					.flatMap((section) -> section.section(published, viewer).stream())
					.toList());
		return "practice/practice";
	}

	@GetMapping("/gyakorlatok/{slug}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable String slug, @PathVariable long attachmentId) {
		PracticeManagement.Lookup lookup = this.practices.lookup(slug);
		if (lookup == null || lookup.practice() == null) {
			throw new NotFound();
		}
		Attachment attachment = this.practices.attachment(lookup.practice().getId(), attachmentId, false)
			.orElseThrow(NotFound::new);
		return download(attachment);
	}

	static ResponseEntity<byte[]> download(Attachment attachment) {
		ContentDisposition disposition = (attachment.isImage() ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noCache())
			.body(attachment.getContent());
	}

	/** The municipality a signed-in applicant's account belongs to. */
	private Optional<MunicipalitySummary> homeMunicipality(Viewer viewer) {
		if (viewer == null || !viewer.signedIn() || !viewer.has(Role.APPLICANT.name())) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(viewer.name())
			.map(AccountView::municipalityKshCode)
			.flatMap(this.municipalities::find);
	}

	private static Map<String, String> withPage(Map<String, String> parameters, int page) {
		Map<String, String> changed = new java.util.HashMap<>(parameters);
		changed.put("oldal", String.valueOf(page));
		return changed;
	}

}
