package hu.gyakorlattar.account;

import java.security.Principal;

import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's list of account requests waiting for a decision: approve, or refuse with a
 * reason the clerk is told. A refusal without a reason is shown again with the message
 * beside its field.
 */
@Controller
@RequestMapping("/admin/felhasznalok/igenylesek")
@PreAuthorize("hasRole('ADMIN')")
class AccountRequestAdministration {

	private final DecidingAccountRequests deciding;

	AccountRequestAdministration(DecidingAccountRequests deciding) {
		this.deciding = deciding;
	}

	@GetMapping
	String requests(Model model) {
		model.addAttribute("requests", this.deciding.pending());
		// as text, so that the message shows the number without a thousands separator
		model.addAttribute("reasonMax", String.valueOf(AccountRequest.REASON_MAX));
		return "account/admin/requests";
	}

	@PostMapping("/{requestId}/jovahagyas")
	String approve(@PathVariable long requestId, Principal admin, RedirectAttributes redirect) {
		try {
			this.deciding.approve(requestId, admin.getName());
			redirect.addFlashAttribute("flashKey", "account.request.approved");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/admin/felhasznalok/igenylesek";
	}

	@PostMapping("/{requestId}/elutasitas")
	String refuse(@PathVariable long requestId, @RequestParam(name = "reason", required = false) String reason,
			Principal admin, Model model, RedirectAttributes redirect) {
		try {
			this.deciding.refuse(requestId, reason, admin.getName());
			redirect.addFlashAttribute("flashKey", "account.request.refused");
			return "redirect:/admin/felhasznalok/igenylesek";
		}
		catch (InvalidInput ex) {
			if (ex.field() == null) {
				ex.flashTo(redirect);
				return "redirect:/admin/felhasznalok/igenylesek";
			}
			model.addAttribute("refusalError", ex.messageKey());
			model.addAttribute("refusedId", requestId);
			model.addAttribute("refusedReason", reason);
			return requests(model);
		}
	}

}
