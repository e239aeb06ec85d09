package hu.gyakorlattar.transfer;

import jakarta.validation.Valid;

import hu.gyakorlattar.shared.InvalidInput;

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
 * A check-in answered through the personal link of its mail, without a password: a plain
 * form that works without JavaScript, each message next to its field. An unknown link is
 * not found.
 */
@Controller
@PreAuthorize("permitAll()")
@RequestMapping("/atvetel-beszamolo/{token}")
class CheckInPages {

	private final ReportingOutcomes reporting;

	CheckInPages(ReportingOutcomes reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	String page(@PathVariable String token, Model model) {
		ReportingOutcomes.Questionnaire questionnaire = this.reporting.questionnaire(token);
		model.addAttribute("checkInForm", questionnaire.answers());
		return page(token, questionnaire, model);
	}

	@PostMapping
	String answer(@PathVariable String token, @Valid @ModelAttribute("checkInForm") CheckInForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ReportingOutcomes.Questionnaire questionnaire = this.reporting.questionnaire(token);
		if (!result.hasErrors()) {
			try {
				this.reporting.answer(token, form);
				redirect.addFlashAttribute("flashKey", "transfer.checkIn.saved");
				return "redirect:/atvetel-beszamolo/" + token;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return page(token, questionnaire, model);
	}

	private static String page(String token, ReportingOutcomes.Questionnaire questionnaire, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("questionnaire", questionnaire);
		model.addAttribute("statuses", TransferStatus.values());
		return "transfer/check-in";
	}

}
