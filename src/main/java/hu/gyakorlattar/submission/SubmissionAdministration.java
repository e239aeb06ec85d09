package hu.gyakorlattar.submission;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme office sees every application, drafts included, and decides which
 * applicant may act for which municipality.
 */
@Controller
@RequestMapping("/admin/palyazatok")
@PreAuthorize("hasRole('ADMIN')")
class SubmissionAdministration {

	private final SubmissionManagement submissions;

	private final ApplicantLinks links;

	SubmissionAdministration(SubmissionManagement submissions, ApplicantLinks links) {
		this.submissions = submissions;
		this.links = links;
	}

	@GetMapping
	String applications(Model model) {
		List<AdminRow> rows = this.submissions.all()
			.stream()
			.map((submission) -> new AdminRow(submission, this.submissions.callOf(submission),
					this.submissions.municipality(submission.kshCode()).name()))
			.toList();
		model.addAttribute("applications", rows);
		model.addAttribute("pendingLinks", this.links.pending().size());
		return "submission/admin/list";
	}

	@GetMapping("/{applicationId}")
	String application(@PathVariable long applicationId, Model model) {
		SubmissionView submission = this.submissions.find(applicationId).orElseThrow(NotFound::new);
		model.addAttribute("submission", submission);
		model.addAttribute("call", this.submissions.callOf(submission));
		model.addAttribute("municipality", this.submissions.municipality(submission.kshCode()));
		model.addAttribute("admin", true);
		return "submission/view";
	}

	@GetMapping("/{applicationId}/palyazat.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long applicationId, Locale locale) {
		SubmissionView submission = this.submissions.find(applicationId).orElseThrow(NotFound::new);
		return SubmissionPages.file(new UploadedFile(SubmissionManagement.pdfName(submission), "application/pdf",
				this.submissions.pdf(submission, locale)));
	}

	@GetMapping("/{applicationId}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long applicationId, @PathVariable long attachmentId) {
		return SubmissionPages.file(this.submissions.attachment(applicationId, attachmentId));
	}

	@GetMapping("/kapcsolatok")
	String links(Model model) {
		model.addAttribute("links", this.links.pending());
		return "submission/admin/links";
	}

	@PostMapping("/kapcsolatok/{linkId}/jovahagyas")
	String approve(@PathVariable long linkId, Principal admin, RedirectAttributes redirect) {
		return decide(linkId, true, admin, redirect);
	}

	@PostMapping("/kapcsolatok/{linkId}/elutasitas")
	String reject(@PathVariable long linkId, Principal admin, RedirectAttributes redirect) {
		return decide(linkId, false, admin, redirect);
	}

	private String decide(long linkId, boolean approve, Principal admin, RedirectAttributes redirect) {
		try {
			this.links.decide(linkId, approve, admin.getName());
			redirect.addFlashAttribute("flashKey", approve ? "submission.link.approved" : "submission.link.rejected");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/admin/palyazatok/kapcsolatok";
	}

	/** An application with its call and municipality, for the office's list. */
	record AdminRow(SubmissionView submission, CallView call, String municipality) {

	}

}
