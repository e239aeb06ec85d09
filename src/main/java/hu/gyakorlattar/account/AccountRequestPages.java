package hu.gyakorlattar.account;

import java.util.Locale;

import jakarta.validation.Valid;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public form on which a municipality's clerk asks for an applicant account. The
 * answer is the same whether or not the address has an account (the office sees the
 * difference, the visitor never does); the rate limit of public forms applies.
 */
@Controller
@RequestMapping("/palyazoi-fiok")
@PreAuthorize("permitAll()")
class AccountRequestPages {

	private final RequestingAnApplicantAccount requesting;

	private final MunicipalityDirectory directory;

	AccountRequestPages(RequestingAnApplicantAccount requesting, MunicipalityDirectory directory) {
		this.requesting = requesting;
		this.directory = directory;
	}

	@GetMapping
	String form(Model model) {
		if (!model.containsAttribute("accountRequestForm")) {
			model.addAttribute("accountRequestForm", AccountRequestForm.empty());
		}
		return "account/request";
	}

	/**
	 * Where a sent request leads: what happens next, without the form, which shown again
	 * under a thank-you looks unsent and invites sending it twice.
	 */
	@GetMapping("/elkuldve")
	String sent() {
		return "account/requested";
	}

	@PostMapping
	String request(@Valid @ModelAttribute("accountRequestForm") AccountRequestForm form, BindingResult result,
			Locale locale, Model model) {
		if (!result.hasErrors()) {
			try {
				this.requesting.request(form, locale);
				return "redirect:/palyazoi-fiok/elkuldve";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
				model.addAttribute("suggestions", this.directory.suggestions(form.municipality()));
			}
		}
		return "account/request";
	}

}
