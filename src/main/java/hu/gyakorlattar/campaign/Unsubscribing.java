package hu.gyakorlattar.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The unsubscribe link of every invitation. Opening it only asks for confirmation (a form
 * with the CSRF token), because mail scanners follow links; the one-click unsubscribe of
 * RFC 8058 that mail providers send is a POST of {@code List-Unsubscribe=One-Click} to
 * the link itself, without a token (the security configuration exempts exactly that
 * path). An unknown or forged token gets a friendly page.
 */
@Controller
@RequestMapping("/leiratkozas/{token}")
@PreAuthorize("permitAll()")
class Unsubscribing {

	static final String ONE_CLICK = "One-Click";

	private final Unsubscriptions unsubscriptions;

	Unsubscribing(Unsubscriptions unsubscriptions) {
		this.unsubscriptions = unsubscriptions;
	}

	@GetMapping
	String ask(@PathVariable String token, Model model, HttpServletResponse response) {
		return this.unsubscriptions.unsubscribeAddress(token).map((email) -> {
			model.addAttribute("state", this.unsubscriptions.isUnsubscribed(email) ? "done" : "ask");
			model.addAttribute("token", token);
			model.addAttribute("email", email);
			return "campaign/unsubscribe";
		}).orElseGet(() -> unknown(model, response));
	}

	/**
	 * RFC 8058 one-click: 200 with a short page, or 404 for an unknown token. A post
	 * without the one-click body is not a mail provider's: it gets the question, as a
	 * 400.
	 */
	@PostMapping
	String oneClick(@PathVariable String token,
			@RequestParam(name = "List-Unsubscribe", required = false) String oneClick, Model model,
			HttpServletResponse response) {
		if (!ONE_CLICK.equals(oneClick)) {
			String page = ask(token, model, response);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page;
		}
		return unsubscribe(token, model, response);
	}

	/** The confirmation form of the page, with its CSRF token like every form. */
	@PostMapping("/megerosites")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		return unsubscribe(token, model, response);
	}

	private String unsubscribe(String token, Model model, HttpServletResponse response) {
		if (!this.unsubscriptions.unsubscribe(token)) {
			return unknown(model, response);
		}
		model.addAttribute("state", "done");
		return "campaign/unsubscribe";
	}

	private static String unknown(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("state", "unknown");
		return "campaign/unsubscribe";
	}

}
