package hu.gyakorlattar.evaluation;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The applicant reads the published result and the feedback per criterion beside the
 * application. Only applicants of the application's municipality find it.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FeedbackPages {

	private final PublishingResults results;

	FeedbackPages(PublishingResults results) {
		this.results = results;
	}

	@GetMapping("/fiok/palyazatok/{applicationId}/ertekeles")
	String feedback(@PathVariable long applicationId, Principal applicant, Model model) {
		model.addAttribute("feedback", this.results.feedbackFor(applicant.getName(), applicationId));
		return "evaluation/feedback";
	}

}
