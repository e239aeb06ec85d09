package hu.gyakorlattar.impact;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.Viewer;
import hu.gyakorlattar.submission.SubmissionManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * An applicant's recommended practices, one list for each municipality the office
 * approved them for; another signed-in visitor is told that they are an applicant's.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class RecommendationPages {

	private final RecommendingPractices recommending;

	private final SubmissionManagement submissions;

	private final MunicipalityDirectory directory;

	private final MessageSource messages;

	RecommendationPages(RecommendingPractices recommending, SubmissionManagement submissions,
			MunicipalityDirectory directory, MessageSource messages) {
		this.recommending = recommending;
		this.submissions = submissions;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/fiok/ajanlott-gyakorlatok")
	String recommended(@ModelAttribute(name = "viewer", binding = false) Viewer viewer, Locale locale, Model model) {
		boolean applicant = viewer != null && viewer.has(Role.APPLICANT.name());
		model.addAttribute("applicant", applicant);
		if (applicant) {
			Collator collator = HungarianFormats.collator();
			model.addAttribute("municipalities",
					this.submissions.municipalitiesOf(viewer.name())
						.stream()
						.map(this.directory::find)
						.flatMap(Optional::stream)
						.sorted(Comparator.comparing(MunicipalitySummary::name, collator))
						.map((municipality) -> forMunicipality(municipality, locale))
						.toList());
		}
		return "impact/recommended";
	}

	private MunicipalityRecommendations forMunicipality(MunicipalitySummary municipality, Locale locale) {
		return new MunicipalityRecommendations(municipality,
				this.recommending.recommendFor(municipality.kshCode())
					.orElse(List.of())
					.stream()
					.map((recommendation) -> new Shown(recommendation,
							this.messages.getMessage(recommendation.explanation(), locale)))
					.toList());
	}

	record MunicipalityRecommendations(MunicipalitySummary municipality, List<Shown> recommendations) {

	}

	/** A recommendation with its sentence in the visitor's language. */
	record Shown(Recommendation recommendation, String explanation) {

	}

}
