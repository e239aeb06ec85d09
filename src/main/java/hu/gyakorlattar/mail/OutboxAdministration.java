package hu.gyakorlattar.mail;

import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import hu.gyakorlattar.shared.NotFound;

/**
 * The programme office looks into the outbox: what waits, what went out, what failed and
 * why, and sends a failed message again once the cause is fixed. Plain links and one
 * form, so it works without JavaScript.
 */
@Controller
@RequestMapping("/admin/levelek")
@PreAuthorize("hasRole('ADMIN')")
class OutboxAdministration {

	static final int PAGE_SIZE = 50;

	/** Beyond this the row offset would not fit in an int; no outbox is that long. */
	private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

	private final MailOutbox outbox;

	private final OutboxSender sender;

	private final MailProperties properties;

	OutboxAdministration(MailOutbox outbox, OutboxSender sender, MailProperties properties) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
	}

	/**
	 * {@code oldal} counts from 1 as people do; anything below is the first page. An
	 * unknown {@code allapot} or a non-numeric page is a 400, never a 500.
	 */
	@GetMapping
	String messages(@RequestParam(name = "allapot", required = false) OutboxMessage.Status status,
			@RequestParam(name = "oldal", defaultValue = "1") int page, Model model) {
		int pageIndex = Math.min(Math.max(page, 1), LAST_PAGE) - 1;
		Map<OutboxMessage.Status, Long> counts = this.outbox.countByStatus();
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("statuses", OutboxMessage.Status.values());
		model.addAttribute("status", status);
		model.addAttribute("messages", this.outbox.messages(status, PageRequest.of(pageIndex, PAGE_SIZE)));
		model.addAttribute("smtpConfigured", this.sender.smtpConfigured());
		return "mail/admin/outbox";
	}

	@GetMapping("/{id}")
	String message(@PathVariable long id, Model model) {
		model.addAttribute("message", this.outbox.message(id).orElseThrow(NotFound::new));
		model.addAttribute("smtpConfigured", this.sender.smtpConfigured());
		// As the recipient's mail client shows them: the sender, where replies go, the
		// files
		model.addAttribute("from", this.properties.from());
		model.addAttribute("replyTo", this.properties.replyToAddress());
		model.addAttribute("attachments", this.outbox.attachmentNames(id));
		return "mail/admin/message";
	}

	/** The message's HTML for the page's preview frame ({@link MailPreview}). */
	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		return this.outbox.message(id)
			.filter((message) -> message.isReadableByTheOffice(this.sender.smtpConfigured()))
			.map(OutboxMessage::getBodyHtml)
			.map(MailPreview::of)
			.orElseThrow(NotFound::new);
	}

	@PostMapping("/{id}/ujrakuldes")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		String outcome;
		if (this.outbox.retry(id)) {
			outcome = "mail.message.requeued";
		}
		else {
			boolean forgotten = this.outbox.message(id).filter(OutboxMessage::isForgotten).isPresent();
			outcome = forgotten ? "mail.outbox.erased.noRetry" : "mail.message.alreadySent";
		}
		redirect.addFlashAttribute("flashKey", outcome);
		return "redirect:/admin/levelek/" + id;
	}

}
