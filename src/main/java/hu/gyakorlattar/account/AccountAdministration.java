package hu.gyakorlattar.account;

import java.security.Principal;
import java.util.Locale;

import jakarta.validation.Valid;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programme office invites people and manages their accounts. */
@Controller
@RequestMapping("/admin/felhasznalok")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdministration {

	private final AccountManagement accounts;

	private final ManagingAccounts managing;

	private final AccountPersonalData personalData;

	AccountAdministration(AccountManagement accounts, ManagingAccounts managing, AccountPersonalData personalData) {
		this.accounts = accounts;
		this.managing = managing;
		this.personalData = personalData;
	}

	@GetMapping
	String accounts(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", InvitationForm.empty());
		}
		return "account/admin/accounts";
	}

	@PostMapping
	String invite(@Valid @ModelAttribute("invitationForm") InvitationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.managing.invite(form, locale);
				redirect.addFlashAttribute("flashKey", "account.invited");
				return "redirect:/admin/felhasznalok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return accounts(model);
	}

	@GetMapping("/{id}")
	String account(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.find(id).orElseThrow(NotFound::new));
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("accountForm")) {
			model.addAttribute("accountForm", this.managing.formFor(id));
		}
		return "account/admin/account";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.managing.update(id, form, principal.getName());
				redirect.addFlashAttribute("flashKey", "admin.saved");
				return "redirect:/admin/felhasznalok";
			}
			catch (InvalidInput ex) {
				ex.reportTo(result);
			}
		}
		return account(id, model);
	}

	@PostMapping("/{id}/torles")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Principal principal,
			RedirectAttributes redirect) {
		if (!confirmed) {
			// Nothing to undo it with: the office ticks that it means it first.
			redirect.addFlashAttribute("eraseUnconfirmed", true);
			return "redirect:/admin/felhasznalok/" + id + "#torles";
		}
		try {
			this.personalData.erase(id, principal.getName());
			redirect.addFlashAttribute("flashKey", "account.erased");
			return "redirect:/admin/felhasznalok";
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
			return "redirect:/admin/felhasznalok/" + id;
		}
	}

	@PostMapping("/{id}/meghivo")
	String resendInvitation(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		this.managing.resendInvitation(id, locale);
		redirect.addFlashAttribute("flashKey", "account.invitation.resent");
		return "redirect:/admin/felhasznalok/" + id;
	}

}
