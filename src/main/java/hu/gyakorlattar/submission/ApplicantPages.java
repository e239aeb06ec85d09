package hu.gyakorlattar.submission;

import java.util.List;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An applicant sees the municipalities they act for and asks for another, picking it from
 * the directory; an admin then approves the claim. Asking for one never takes another
 * away.
 */
@Controller
@RequestMapping("/fiok/onkormanyzat")
@PreAuthorize("isAuthenticated()")
class ApplicantPages {

	private final ApplicantLinks links;

	private final MunicipalityDirectory directory;

	ApplicantPages(ApplicantLinks links, MunicipalityDirectory directory) {
		this.links = links;
		this.directory = directory;
	}

	@GetMapping
	String municipality(Authentication authentication, @RequestParam(name = "q", required = false) String query,
			Model model) {
		boolean applicant = Applicants.isApplicant(authentication);
		model.addAttribute("applicant", applicant);
		if (applicant) {
			model.addAttribute("memberships", this.links.memberships(Applicants.applicant(authentication)));
		}
		String text = (query != null) ? query.strip() : "";
		model.addAttribute("query", text);
		List<MunicipalitySummary> found = (applicant && text.length() >= 2 && text.length() <= 100)
				? this.directory.search(text, 20) : List.of();
		model.addAttribute("found", found);
		return "submission/municipality";
	}

	@PostMapping
	String claim(Authentication authentication, @RequestParam(name = "kshCode", required = false) String kshCode,
			Model model, RedirectAttributes redirect) {
		if (!Applicants.isApplicant(authentication)) {
			return municipality(authentication, null, model);
		}
		try {
			boolean requested = this.links.claim(ApplicantLinks.normalise(authentication.getName()), kshCode);
			redirect.addFlashAttribute("flashKey", requested ? "submission.link.requested" : "submission.link.already");
			return "redirect:/fiok/onkormanyzat";
		}
		catch (InvalidInput ex) {
			model.addAttribute("claimError", ex.messageKey());
			return municipality(authentication, null, model);
		}
	}

}
