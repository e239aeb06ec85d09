package hu.gyakorlattar.transfer;

import java.util.List;
import jakarta.validation.Valid;

import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome indicators of a practice, defined by its owner municipality's applicant or
 * by the office; anyone else finds no such page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
@RequestMapping("/fiok/atvetelek/mutatok/{practiceId}")
class IndicatorPages {

	private final DefiningIndicators defining;

	private final ApplicantMunicipalities applicants;

	IndicatorPages(DefiningIndicators defining, ApplicantMunicipalities applicants) {
		this.defining = defining;
		this.applicants = applicants;
	}

	@GetMapping
	String page(@PathVariable long practiceId, @ModelAttribute(name = "viewer", binding = false) Viewer viewer,
			Model model) {
		PublishedPractice practice = practice(practiceId, viewer);
		model.addAttribute("indicatorsForm", this.defining.form(practiceId));
		model.addAttribute("practice", practice);
		return "transfer/indicators";
	}

	@PostMapping
	String define(@PathVariable long practiceId, @Valid @ModelAttribute("indicatorsForm") IndicatorsForm form,
			BindingResult result, @ModelAttribute(name = "viewer", binding = false) Viewer viewer, Model model,
			RedirectAttributes redirect) {
		PublishedPractice practice = practice(practiceId, viewer);
		if (!result.hasErrors()) {
			try {
				this.defining.define(practiceId, form);
				redirect.addFlashAttribute("flashKey", "transfer.indicators.saved");
				return "redirect:/fiok/atvetelek/mutatok/" + practiceId;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		model.addAttribute("practice", practice);
		return "transfer/indicators";
	}

	private PublishedPractice practice(long practiceId, Viewer viewer) {
		List<String> kshCodes = this.applicants.of(viewer)
			.map(ApplicantMunicipalities.Acting::kshCodes)
			.orElse(List.of());
		return this.defining.practiceFor(practiceId, kshCodes, viewer.has(Role.ADMIN.name()));
	}

}
