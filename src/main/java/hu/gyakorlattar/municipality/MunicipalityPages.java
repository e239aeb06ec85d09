package hu.gyakorlattar.municipality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public municipality directory: search, filters and one page per municipality. Every
 * state lives in the URL, so results can be linked, bookmarked and paged without
 * JavaScript. Contacts are personal data and never appear here.
 */
@Controller
@PreAuthorize("permitAll()")
class MunicipalityPages {

	static final int PAGE_SIZE = 50;

	private final MunicipalityDirectory directory;

	private final List<MunicipalityPageSection> sections;

	MunicipalityPages(MunicipalityDirectory directory, List<MunicipalityPageSection> sections) {
		this.directory = directory;
		this.sections = sections.stream().sorted(Comparator.comparingInt(MunicipalityPageSection::order)).toList();
	}

	/**
	 * Parameters arrive as typed by anyone: an unknown status or a page number beyond the
	 * end shows a sensible page instead of an error.
	 */
	@GetMapping("/telepulesek")
	String directory(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "megye", required = false) String county,
			@RequestParam(name = "jogallas", required = false) String status,
			@RequestParam(name = "oldal", required = false) String page, Model model) {
		DirectoryQuery query = new DirectoryQuery(text, county, status(status));
		Page<Municipality> results = this.directory.search(query, PageRequest.of(pageIndex(page), PAGE_SIZE));
		if (results.getNumber() > 0 && results.getNumber() >= results.getTotalPages()) {
			results = this.directory.search(query, PageRequest.of(Math.max(0, results.getTotalPages() - 1), PAGE_SIZE));
		}
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("pageUrls", PageUrls.of(query, results));
		model.addAttribute("counties", this.directory.counties());
		model.addAttribute("statuses", LegalStatus.values());
		return "municipality/directory";
	}

	@GetMapping("/telepulesek/{kshCode}")
	String municipality(@PathVariable String kshCode, Locale locale, Model model) {
		model.addAttribute("municipality", this.directory.municipalityOrFail(kshCode));
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> section.of(kshCode, locale))
					.filter((content) -> !content.links().isEmpty())
					.toList());
		return "municipality/municipality";
	}

	/**
	 * Links to other pages of the same search; a blank criterion stays out of the URL.
	 */
	record PageUrls(String first, String previous, String next, String last) {

		static PageUrls of(DirectoryQuery query, Page<Municipality> results) {
			int current = results.getNumber() + 1;
			return new PageUrls(url(query, 1), url(query, Math.max(1, current - 1)),
					url(query, Math.min(results.getTotalPages(), current + 1)), url(query, results.getTotalPages()));
		}

		private static String url(DirectoryQuery query, int page) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/telepulesek");
			if (query.text() != null) {
				url.queryParam("q", query.text());
			}
			if (query.county() != null) {
				url.queryParam("megye", query.county());
			}
			if (query.status() != null) {
				url.queryParam("jogallas", query.status().name());
			}
			if (page > 1) {
				url.queryParam("oldal", page);
			}
			return url.encode().build().toUriString();
		}

	}

	private static LegalStatus status(String text) {
		return Arrays.stream(LegalStatus.values()).filter((s) -> s.name().equals(text)).findFirst().orElse(null);
	}

	/** The 1-based page number of the URL as a 0-based index. */
	private static int pageIndex(String text) {
		try {
			return Math.max(0, Integer.parseInt(text.strip()) - 1);
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

}
