package hu.gyakorlattar.practice;

import java.util.Locale;

import jakarta.validation.Valid;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality's account says "we are adapting this practice". Only applicant accounts
 * belong to a municipality; anyone else signed in is told so on the practice page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AdoptionPages {

	private final PracticeManagement practices;

	private final AccountManagement accounts;

	AdoptionPages(PracticeManagement practices, AccountManagement accounts) {
		this.practices = practices;
		this.accounts = accounts;
	}

	@PostMapping("/fiok/gyakorlatok/{slug}/atvetel")
	String adapt(@PathVariable String slug, @Valid @ModelAttribute("adoptionForm") AdoptionForm form,
			BindingResult result, Authentication authentication, Locale locale, RedirectAttributes redirect) {
		if (this.practices.lookup(slug) == null) {
			throw new hu.gyakorlattar.shared.NotFound();
		}
		String back = "redirect:/gyakorlatok/" + slug + "#atvetel";
		AccountView account = this.accounts.findByEmail(authentication.getName())
			.filter((found) -> found.role() == Role.APPLICANT && found.municipalityKshCode() != null)
			.orElse(null);
		if (account == null) {
			redirect.addFlashAttribute("flashKey", "practice.adoption.applicantsOnly");
			return back;
		}
		if (!result.hasErrors()) {
			try {
				this.practices.adapt(slug, account.municipalityKshCode(), account.email(), form.note(), locale);
				redirect.addFlashAttribute("flashKey", "practice.adoption.saved");
				return back;
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.adoptionForm", result);
		redirect.addFlashAttribute("adoptionForm", form);
		return back;
	}

}
