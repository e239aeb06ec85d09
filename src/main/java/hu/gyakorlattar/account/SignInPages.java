package hu.gyakorlattar.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.MailAddress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in, asking for a password reset, and setting a password from an e-mailed link.
 */
@Controller
@PreAuthorize("permitAll()")
class SignInPages {

	private static final String TYPED_ADDRESS = SignInPages.class.getName() + ".typedAddress";

	private final SettingPasswords accounts;

	SignInPages(SettingPasswords accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/belepes")
	String signIn(@RequestParam(name = "hiba", required = false) String failed,
			@RequestParam(name = "zarolva", required = false) String locked,
			@RequestParam(name = "veget-ert", required = false) String ended, HttpServletRequest request, Model model) {
		model.addAttribute("signInFailed", failed != null || locked != null);
		model.addAttribute("sessionEnded", ended != null);
		model.addAttribute("signInLocked", locked != null);
		model.addAttribute("typedAddress", takeTypedAddress(request));
		return "account/sign-in";
	}

	/**
	 * After a failed sign-in the page offers the address typed again, once (never the
	 * password): a mistyped password should not cost the address too.
	 */
	static void keepTypedAddress(HttpServletRequest request) {
		String address = request.getParameter("username");
		if (address != null && !address.isBlank()) {
			request.getSession().setAttribute(TYPED_ADDRESS, StringUtils.truncate(address.strip(), 320));
		}
	}

	private static String takeTypedAddress(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object address = session.getAttribute(TYPED_ADDRESS);
		session.removeAttribute(TYPED_ADDRESS);
		return (address != null) ? address.toString() : null;
	}

	@GetMapping("/jelszo-emlekezteto")
	String forgotPassword(Model model) {
		model.addAttribute("resetForm", new ResetRequestForm(""));
		return "account/forgot-password";
	}

	/** The answer is the same whether or not the address has an account. */
	@PostMapping("/jelszo-emlekezteto")
	String requestReset(@Valid @ModelAttribute("resetForm") ResetRequestForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/forgot-password";
		}
		this.accounts.requestPasswordReset(form.email(), locale);
		redirect.addFlashAttribute("flashKey", "account.reset.sent");
		return "redirect:/belepes";
	}

	@GetMapping("/jelszo-beallitas/{token}")
	String newPassword(@PathVariable String token, Model model) {
		AccountView account = this.accounts.accountForToken(token).orElse(null);
		if (account == null) {
			return "account/link-expired";
		}
		model.addAttribute("account", account);
		model.addAttribute("token", token);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new NewPasswordForm("", ""));
		}
		return "account/set-password";
	}

	@PostMapping("/jelszo-beallitas/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.password().equals(form.passwordAgain())) {
			result.rejectValue("passwordAgain", "account.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.setPassword(token, form.password());
				redirect.addFlashAttribute("flashKey", "account.password.set");
				return "redirect:/belepes";
			}
			catch (InvalidInput ex) {
				if (ex.field() == null) {
					return "account/link-expired";
				}
				ex.reportTo(result);
			}
		}
		return newPassword(token, model);
	}

	record ResetRequestForm(@NotBlank @MailAddress @Size(max = 320) String email) {
	}

	record NewPasswordForm(@NotBlank @Size(max = 128) String password, @NotBlank String passwordAgain) {
	}

}
