package hu.gyakorlattar.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import hu.gyakorlattar.shared.SiteAddress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import hu.gyakorlattar.shared.NotFound;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A municipality's recommended practices as open data: the practices, their score, the
 * points of each signal and the sentence that explains them. No personal data: the
 * practices' contacts stay on the site.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Recommendations",
		description = "\"Municipalities like yours\": the programme's published practices ranked for a municipality by "
				+ "a weighted sum of named signals (the KSH gazetteer's population band, settlement kind, county and "
				+ "region; the themes of its applications, conference registrations and transfers; the transfers "
				+ "of similar and nearby municipalities). CC BY 4.0.")
class RecommendedPracticesApi {

	private final RecommendingPractices recommending;

	private final MessageSource messages;

	private final String baseUrl;

	RecommendedPracticesApi(RecommendingPractices recommending, MessageSource messages, SiteAddress site) {
		this.recommending = recommending;
		this.messages = messages;
		this.baseUrl = site.baseUrl();
	}

	@GetMapping(path = "/api/municipalities/{kshCode}/recommended-practices",
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Practices recommended to a municipality",
			description = "The best " + RecommendingPractices.TOP + " published practices for the municipality, best "
					+ "first: never its own, nor one it takes up. Each has its score, the points each signal gave "
					+ "it (SIMILAR_ADOPTERS, NEARBY_ADOPTERS, ADOPTERS, THEME, ORIGIN_SIZE, ORIGIN_KIND, "
					+ "ORIGIN_COUNTY, ORIGIN_REGION; the score is their sum) and a sentence that explains it, in "
					+ "the language the request asks for (Hungarian by default). Contains no personal data.")
	@ApiResponse(responseCode = "200", description = "The recommendations, best first")
	@ApiResponse(responseCode = "404", description = "No municipality has this KSH code",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	RecommendedPractices recommendedPractices(@Parameter(description = "The 5-digit KSH code, e.g. \"21458\"",
			example = "21458") @PathVariable @Pattern(regexp = "\\d{5}") String kshCode, Locale locale) {
		List<Recommendation> found = this.recommending.recommendFor(kshCode).orElseThrow(NotFound::new);
		List<RecommendedPractice> items = new ArrayList<>();
		for (Recommendation recommendation : found) {
			Map<String, Double> signals = new TreeMap<>();
			recommendation.points().forEach((signal, points) -> signals.put(signal.name(), points));
			items.add(new RecommendedPractice(items.size() + 1, recommendation.practice().slug(),
					recommendation.practice().title(),
					this.baseUrl + "/gyakorlatok/" + recommendation.practice().slug(),
					recommendation.practice().ownerKshCodes(), recommendation.practice().ownerNames(),
					recommendation.score(), signals, this.messages.getMessage(recommendation.explanation(), locale)));
		}
		return new RecommendedPractices(kshCode, items);
	}

	record RecommendedPractices(@Schema(description = "The municipality's KSH code") String kshCode,
			List<RecommendedPractice> items) {

	}

	record RecommendedPractice(@Schema(description = "1 for the best") int rank, String practiceSlug,
			String practiceTitle, String practiceUrl, List<String> originKshCodes, List<String> originNames,
			@Schema(description = "The sum of the signals' points") double score,
			@Schema(description = "Points by signal; signals that gave none are left out") Map<String, Double> signals,
			@Schema(description = "Why it is recommended, in one sentence") String explanation) {

	}

}
