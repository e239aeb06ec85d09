package hu.gyakorlattar.municipality;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality directory as open data: the KSH gazetteer's municipalities with
 * English field names. Contacts are not part of it.
 */
@RestController
@RequestMapping(path = "/api/municipalities", produces = "application/json")
@PreAuthorize("permitAll()")
@Tag(name = "Municipalities",
		description = "Hungarian municipalities from the KSH gazetteer (source: KSH, CC BY 4.0, https://www.ksh.hu)")
class MunicipalityApi {

	static final int MAX_SIZE = 200;

	private final MunicipalityDirectory directory;

	MunicipalityApi(MunicipalityDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	@Operation(summary = "Search municipalities",
			description = "Municipalities in Hungarian alphabetical order, filtered by name or KSH code, county and legal status.")
	@ApiResponse(responseCode = "200", description = "One page of municipalities")
	@ApiResponse(responseCode = "400", description = "A parameter is invalid; the problem detail names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	MunicipalityListing search(@Parameter(
			description = "Part of the name (case and accents do not matter: \"szekesfehervar\" finds Székesfehérvár) or the start of the KSH code") @RequestParam(
					name = "q", required = false) @Size(max = 100) String q,
			@Parameter(
					description = "County name as the gazetteer writes it, e.g. \"Fejér\"; \"főváros\" for Budapest's districts") @RequestParam(
							name = "county", required = false) @Size(max = 100) String county,
			@Parameter(description = "Legal status") @RequestParam(name = "status",
					required = false) LegalStatus status,
			@Parameter(description = "Page number, starting at 0") @RequestParam(name = "page",
					defaultValue = "0") @Min(0) @Max(100_000) int page,
			@Parameter(description = "Page size, 1 to " + MAX_SIZE) @RequestParam(name = "size",
					defaultValue = "50") @Min(1) @Max(MAX_SIZE) int size) {
		Page<Municipality> results = this.directory.search(new DirectoryQuery(q, county, status),
				PageRequest.of(page, size));
		return new MunicipalityListing(results.getTotalElements(),
				results.stream().map(MunicipalityDocument::of).toList());
	}

	@GetMapping("/{kshCode}")
	@Operation(summary = "One municipality by its KSH code")
	@ApiResponse(responseCode = "200", description = "The municipality")
	@ApiResponse(responseCode = "404", description = "No municipality has this KSH code",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	MunicipalityDocument municipality(@Parameter(description = "The 5-digit KSH code, e.g. \"14827\"",
			example = "14827") @PathVariable @Pattern(regexp = "\\d{5}") String kshCode) {
		return this.directory.municipality(kshCode).map(MunicipalityDocument::of).orElseThrow(NotFound::new);
	}

	/** One page of a search: how many match in all, and this page's municipalities. */
	record MunicipalityListing(@Schema(description = "Number of municipalities matching, on all pages") long total,
			List<MunicipalityDocument> items) {

	}

	/** A municipality as the API shows it. */
	record MunicipalityDocument(@Schema(description = "5-digit KSH code", example = "14827") String kshCode,
			@Schema(example = "Székesfehérvár") String name, LegalStatus status,
			@Schema(description = "County (vármegye); \"főváros\" for Budapest's districts, none for Budapest",
					example = "Fejér") String county,
			@Schema(description = "District (járás) name", example = "Székesfehérvári") String district,
			@Schema(description = "Resident population (lakónépesség)") int population,
			@Schema(description = "Area in hectares") int areaHectares) {

		static MunicipalityDocument of(Municipality municipality) {
			return new MunicipalityDocument(municipality.getKshCode(), municipality.getName(),
					municipality.getLegalStatus(), municipality.getCounty(), municipality.getDistrictName(),
					municipality.getPopulation(), municipality.getAreaHectares());
		}

	}

}
