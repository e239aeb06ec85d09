package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.shared.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianExcelCsv;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge base as JSON: the same search and facets as the public page, one
 * practice, and the open-data export of every published practice (CC BY 4.0) as JSON and
 * CSV.
 */
@RestController
@RequestMapping(path = "/api/practices")
@PreAuthorize("permitAll()")
@Tag(name = "Good practices",
		description = "The LÖGY knowledge base of good municipal practices. Published practices are open data under "
				+ "CC BY 4.0 (attribution: \"Legjobb Önkormányzati Gyakorlatok Programja – Gyakorlattár\", "
				+ "https://creativecommons.org/licenses/by/4.0/); municipality facts come from the KSH gazetteer (CC BY 4.0).")
class PracticeApi {

	static final String LICENCE = "CC BY 4.0 https://creativecommons.org/licenses/by/4.0/";

	static final String LANG = "hu (the default) or en: in English the texts of a practice's English version, "
			+ "where it has one, and the search reads them with an English analysis; \"language\" tells which "
			+ "language a practice's title came in.";

	private final PracticeManagement practices;

	/**
	 * The public address: a row of the open data stays a working link wherever it is
	 * read.
	 */
	private final String baseUrl;

	PracticeApi(PracticeManagement practices, SiteAddress site) {
		this.practices = practices;
		this.baseUrl = site.baseUrl();
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search published practices",
			description = "Hungarian full-text search (inflections and missing accents are understood; \"quotes\" "
					+ "search a phrase, a leading - excludes a word; other characters are plain text), combinable "
					+ "with facet filters. Answers the total, one page of items and the facet counts of all matches.")
	@Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG)
	@ApiResponse(responseCode = "200", description = "One page of practices with facet counts")
	@ApiResponse(responseCode = "400", description = "A parameter is invalid; the problem detail names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PracticeResults search(
			@Parameter(description = "Words to look for, e.g. \"idősek nappali ellátása\"") @RequestParam(name = "q",
					required = false) @Size(max = 1000) String q,
			@Parameter(description = "Theme id (see facets.theme)") @RequestParam(name = "theme",
					required = false) Long theme,
			@Parameter(description = "County as the KSH gazetteer names it, e.g. \"Pest\"") @RequestParam(
					name = "county", required = false) @Size(max = 100) String county,
			@Parameter(description = "Legal status of an owner municipality") @RequestParam(name = "status",
					required = false) LegalStatus status,
			@Parameter(description = "Population band of an owner municipality") @RequestParam(name = "band",
					required = false) PopulationBand band,
			@Parameter(description = "Programme year") @RequestParam(name = "year",
					required = false) @Min(2008) @Max(2200) Integer year,
			@Parameter(description = "Award level") @RequestParam(name = "award", required = false) AwardLevel award,
			@Parameter(description = "Order of the results") @RequestParam(name = "sort",
					defaultValue = "RELEVANCE") PracticeQuery.Order sort,
			@Parameter(description = "Page number, starting at 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(0) @Max(10_000) int page,
			@Parameter(description = "Page size, 1 to 100") @RequestParam(name = "size",
					defaultValue = "20") @Min(1) @Max(100) int size,
			Locale locale) {
		return this.practices.search(new PracticeQuery(q, theme, county, status, band, year, award, sort, page, size),
				locale);
	}

	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One published practice by its address (slug)")
	@Parameter(name = "lang", in = ParameterIn.QUERY, description = LANG)
	@ApiResponse(responseCode = "200", description = "The practice")
	@ApiResponse(responseCode = "404", description = "No published practice has this address",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	PracticeDocument practice(@PathVariable String slug, Locale locale) {
		PracticeManagement.Lookup lookup = this.practices.lookup(slug);
		if (lookup == null || lookup.practice() == null) {
			throw new NotFound();
		}
		return PracticeDocument.of(lookup.practice(), locale, this.baseUrl);
	}

	@GetMapping(path = "/open-data.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every published practice (open data, CC BY 4.0)")
	OpenData openData(Locale locale) {
		return new OpenData(LICENCE, "Legjobb Önkormányzati Gyakorlatok Programja – Gyakorlattár",
				this.practices.allPublished()
					.stream()
					.map((practice) -> PracticeDocument.of(practice, locale, this.baseUrl))
					.toList());
	}

	@GetMapping(path = "/open-data.csv", produces = "text/csv")
	@Operation(summary = "Every published practice as CSV (UTF-8 with BOM, opens in Excel; CC BY 4.0)")
	ResponseEntity<byte[]> openDataCsv(Locale locale) {
		List<String> header = List.of("slug", "title", "summary", "title_en", "summary_en", "english_version",
				"municipalities", "ksh_codes", "counties", "themes", "year", "award_level", "started_on", "stage",
				"cost_huf", "tags", "url", "licence");
		List<List<Object>> rows = this.practices.allPublished().stream().map((practice) -> {
			PracticeDocument doc = PracticeDocument.of(practice, locale, this.baseUrl);
			return Arrays.<Object>asList(doc.slug(), doc.title(), doc.summary(), practice.getTitleEn(),
					practice.getSummaryEn(), doc.englishVersion(),
					String.join(", ", doc.municipalities().stream().map(OwnerDocument::name).toList()),
					String.join(", ", doc.municipalities().stream().map(OwnerDocument::kshCode).toList()),
					String.join(", ", doc.municipalities().stream().map(OwnerDocument::county).distinct().toList()),
					String.join(", ", doc.themes()), doc.year(), doc.awardLevel(), doc.startedOn(), doc.stage(),
					doc.costHuf(), String.join(", ", doc.tags()), this.baseUrl + "/gyakorlatok/" + doc.slug(), LICENCE);
		}).toList();
		byte[] csv = HungarianExcelCsv.write(header, rows, locale);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("gyakorlatok.csv").build().toString())
			.body(csv);
	}

	/** The open-data export: its licence, who to credit, and every published practice. */
	record OpenData(String licence, String attribution, List<PracticeDocument> practices) {

	}

	/** An owner municipality as the API shows it. */
	record OwnerDocument(String kshCode, String name, String county, LegalStatus legalStatus, int population) {

	}

	/**
	 * A published practice as the API shows it; the contact person only with their
	 * consent, and then by name and the form that writes to them: their address is never
	 * shown. The texts are in the language asked where the practice has that version
	 * ({@code language} is that of the title); {@code english} is the English version as
	 * written, null when there is none.
	 */
	record PracticeDocument(String slug, String language, String title, String summary, String problem, String solution,
			String implementation, LocalDate startedOn, String duration, Stage stage, String partners, String resources,
			Long costHuf, String results, String innovation, String sustainability, String transferability,
			String challenges, List<OwnerDocument> municipalities, List<String> themes, int year, AwardLevel awardLevel,
			List<String> tags, String contactName, String contactForm, String websiteUrl, String talkUrl,
			String recordingUrl, EnglishVersion englishVersion, EnglishDocument english) {

		static PracticeDocument of(Practice p, Locale locale, String baseUrl) {
			PracticeStory hu = p.getStory();
			PracticeStory en = p.getStoryEn();
			java.util.function.BiFunction<String, String, String> pick = (hungarian,
					english) -> new Bilingual(hungarian, english).in(locale);
			Bilingual title = p.getBilingualTitle();
			return new PracticeDocument(p.getSlug(), (title.lang(locale) == null) ? locale.getLanguage() : "hu",
					title.in(locale), p.getBilingualSummary().in(locale), pick.apply(hu.problem(), en.problem()),
					pick.apply(hu.solution(), en.solution()), pick.apply(hu.implementation(), en.implementation()),
					p.getStartedOn(), p.getDuration(), p.getStage(), pick.apply(hu.partners(), en.partners()),
					pick.apply(hu.resources(), en.resources()), p.getCostHuf(), pick.apply(hu.results(), en.results()),
					pick.apply(hu.innovation(), en.innovation()), pick.apply(hu.sustainability(), en.sustainability()),
					pick.apply(hu.transferability(), en.transferability()),
					pick.apply(hu.challenges(), en.challenges()),
					p.getMunicipalities()
						.stream()
						.map((m) -> new OwnerDocument(m.getKshCode(), m.getName(), m.getCounty(), m.getLegalStatus(),
								m.getPopulation()))
						.toList(),
					p.getThemes().stream().map((theme) -> theme.name(locale)).toList(), p.getCycleYear(),
					p.getAwardLevel(), List.copyOf(p.getTags()), p.getContact().shown() ? p.getContact().name() : null,
					p.getContact().shown() ? baseUrl + "/kapcsolatfelvetel/" + p.getSlug() : null, p.getWebsiteUrl(),
					p.getTalkUrl(), p.getRecordingUrl(), p.getEnglishVersion(), EnglishDocument.of(p));
		}

	}

	/** A practice's English version as written, section by section. */
	record EnglishDocument(String title, String summary, String problem, String solution, String implementation,
			String partners, String resources, String results, String innovation, String sustainability,
			String transferability, String challenges) {

		static @Nullable EnglishDocument of(Practice p) {
			if (p.getEnglishVersion() == EnglishVersion.MISSING) {
				return null;
			}
			PracticeStory en = p.getStoryEn();
			return new EnglishDocument(p.getTitleEn(), p.getSummaryEn(), en.problem(), en.solution(),
					en.implementation(), en.partners(), en.resources(), en.results(), en.innovation(),
					en.sustainability(), en.transferability(), en.challenges());
		}

	}

}
