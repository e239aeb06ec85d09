package hu.gyakorlattar.account;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's own account: what we hold about them, and their password. */
@Controller
@RequestMapping("/fiok")
@PreAuthorize("isAuthenticated()")
class AccountPages {

	private final AccountManagement accounts;

	private final SettingPasswords passwords;

	private final AccountPersonalData personalData;

	private final ChoosingAMailLanguage languages;

	private final MunicipalityDirectory directory;

	AccountPages(AccountManagement accounts, SettingPasswords passwords, AccountPersonalData personalData,
			ChoosingAMailLanguage languages, MunicipalityDirectory directory) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.personalData = personalData;
		this.languages = languages;
		this.directory = directory;
	}

	@GetMapping
	String profile(Principal principal, Model model) {
		AccountView account = this.accounts.findByEmail(principal.getName()).orElseThrow(NotFound::new);
		model.addAttribute("account", account);
		if (account.municipalityKshCode() != null) {
			model.addAttribute("municipality", this.directory.find(account.municipalityKshCode()).orElse(null));
		}
		model.addAttribute("languages", Account.MAIL_LANGUAGES);
		if (!model.containsAttribute("languageForm")) {
			model.addAttribute("languageForm",
					new LanguageForm(this.accounts.languageOf(principal.getName()).getLanguage()));
		}
		return "account/profile";
	}

	@PostMapping("/nyelv")
	String chooseLanguage(Principal principal, @Valid @ModelAttribute("languageForm") LanguageForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.languages.choose(principal.getName(), form.language());
				redirect.addFlashAttribute("flashKey", "account.language.saved");
				return "redirect:/fiok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return profile(principal, model);
	}

	/** Downloads what we hold about the signed-in person, as JSON. */
	@GetMapping(path = "/adataim", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> personalData(Principal principal) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gyakorlattar-adataim.json\"")
			.body(this.personalData.personalData(principal.getName()));
	}

	@GetMapping("/jelszo")
	String passwordForm(Principal principal, Model model) {
		model.addAttribute("mustChange", this.accounts.passwordChangeRequired(principal.getName()));
		if (!model.containsAttribute("changeForm")) {
			model.addAttribute("changeForm", new ChangePasswordForm("", "", ""));
		}
		return "account/change-password";
	}

	@PostMapping("/jelszo")
	String changePassword(Principal principal, @Valid @ModelAttribute("changeForm") ChangePasswordForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.newPassword().equals(form.newPasswordAgain())) {
			result.rejectValue("newPasswordAgain", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.passwords.changePassword(principal.getName(), form.currentPassword(), form.newPassword(),
						session.getId());
				redirect.addFlashAttribute("flashKey", "account.password.changed");
				return "redirect:/fiok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return passwordForm(principal, model);
	}

	/** The language the person reads our mail in, by its code. */
	record LanguageForm(@NotBlank String language) {
	}

	record ChangePasswordForm(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(max = 128) String newPassword, @NotBlank String newPasswordAgain) {
	}

}
