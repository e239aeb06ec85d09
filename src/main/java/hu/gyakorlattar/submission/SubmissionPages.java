package hu.gyakorlattar.submission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An applicant's applications: the municipality's list, the form that saves with every
 * "Mentés", attachments, submission, and the read-only application with its status
 * afterwards. Only applicants approved for the municipality see its applications; anyone
 * else finds nothing.
 */
@Controller
@RequestMapping("/fiok/palyazatok")
@PreAuthorize("isAuthenticated()")
class SubmissionPages {

	private final SubmissionManagement submissions;

	private final ApplicantLinks links;

	private final CallManagement calls;

	private final HungarianFormats formats;

	private final Authors authors;

	private final Clock clock;

	SubmissionPages(SubmissionManagement submissions, ApplicantLinks links, CallManagement calls,
			HungarianFormats formats, Authors authors, Clock clock) {
		this.submissions = submissions;
		this.authors = authors;
		this.links = links;
		this.calls = calls;
		this.formats = formats;
		this.clock = clock;
	}

	@GetMapping
	String applications(Authentication authentication, Model model) {
		boolean applicant = Applicants.isApplicant(authentication);
		model.addAttribute("applicant", applicant);
		if (applicant) {
			String email = Applicants.applicant(authentication);
			List<ApplicantLinks.Membership> memberships = this.links.memberships(email);
			List<SubmissionView> visible = this.submissions.visibleTo(email);
			List<CallView> open = this.calls.openAt(this.clock.instant());
			model.addAttribute("memberships", memberships);
			model.addAttribute("applications", visible.stream().map(this::row).toList());
			model.addAttribute("starts",
					memberships.stream()
						.filter(ApplicantLinks.Membership::isApproved)
						.map((membership) -> new Start(membership,
								open.stream()
									.filter((call) -> visible.stream()
										.noneMatch((submission) -> submission.callId() == call.id()
												&& submission.kshCode().equals(membership.kshCode())))
									.toList()))
						.toList());
		}
		return "submission/list";
	}

	@PostMapping
	String start(Authentication authentication, @RequestParam(name = "callId", required = false) Long callId,
			@RequestParam(name = "kshCode", required = false) String kshCode, RedirectAttributes redirect) {
		String email = Applicants.applicant(authentication);
		if (callId == null) {
			redirect.addFlashAttribute("flashKey", "submission.call.unknown");
			return "redirect:/fiok/palyazatok";
		}
		try {
			SubmissionView submission = this.submissions.start(email, callId, kshCode);
			return "redirect:/fiok/palyazatok/" + submission.id();
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
			return "redirect:/fiok/palyazatok";
		}
	}

	@GetMapping("/{applicationId}")
	String application(Authentication authentication, @PathVariable long applicationId, Model model) {
		String email = Applicants.applicant(authentication);
		SubmissionView submission = this.submissions.forApplicant(email, applicationId);
		if (!model.containsAttribute("applicationForm")) {
			model.addAttribute("applicationForm", ApplicationForm.of(submission));
		}
		return page(email, submission, model);
	}

	/** "Mentés" saves; "Beküldés" saves, then submits. */
	@PostMapping("/{applicationId}")
	String save(Authentication authentication, @PathVariable long applicationId,
			@ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
			@RequestParam(name = "action", defaultValue = "save") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		String email = Applicants.applicant(authentication);
		SubmissionView current = this.submissions.forApplicant(email, applicationId);
		if (current.submitted()) {
			redirect.addFlashAttribute("flashKey", "submission.readOnly");
			return "redirect:/fiok/palyazatok/" + applicationId;
		}
		try {
			if (!result.hasErrors()) {
				SubmissionManagement.SaveOutcome outcome = this.submissions.save(email, applicationId, form);
				current = outcome.current();
				form.setVersion(current.version());
				if (!outcome.saved()) {
					return conflict(email, current, form, result, model);
				}
				boolean sending = "submit".equals(action);
				if (sending) {
					this.submissions.submit(email, applicationId, locale);
				}
				// Back at the top, where the notice says so (not at the form, below it).
				redirect.addFlashAttribute("flashKey", sending ? "submission.submitted" : "submission.saved");
				return "redirect:/fiok/palyazatok/" + applicationId;
			}
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Someone saved between our read and our write: the same as a stale page.
			current = this.submissions.forApplicant(email, applicationId);
			form.setVersion(current.version());
			return conflict(email, current, form, result, model);
		}
		catch (InvalidInputs ex) {
			ex.reportTo(result);
			if ("submit".equals(action)) {
				// A text not saved for its partners or lengths names its empty sections
				// too, so that one sending does not reveal the problems one at a time.
				SubmissionManagement.incomplete(form, this.submissions.callOf(current))
					.forEach((problem) -> problem.reportTo(result));
			}
		}
		catch (InvalidInput ex) {
			ex.reportTo(result);
		}
		current = this.submissions.forApplicant(email, applicationId);
		form.setVersion(current.version());
		return page(email, current, model);
	}

	@PostMapping("/{applicationId}/mellekletek")
	String attach(Authentication authentication, @PathVariable long applicationId,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		String email = Applicants.applicant(authentication);
		SubmissionView submission = this.submissions.forApplicant(email, applicationId);
		if (submission.submitted()) {
			redirect.addFlashAttribute("flashKey", "submission.readOnly");
			return "redirect:/fiok/palyazatok/" + applicationId;
		}
		try {
			this.submissions.attach(email, applicationId, UploadedFile.of(file, this.submissions.attachmentMaxBytes()));
			redirect.addFlashAttribute("flashKey", "submission.attachment.added");
			return "redirect:/fiok/palyazatok/" + applicationId + "#mellekletek";
		}
		catch (InvalidInput ex) {
			model.addAttribute("attachmentError", ex.messageKey());
			model.addAttribute("attachmentErrorArgument", (ex.arguments().length > 0) ? ex.arguments()[0] : "");
			model.addAttribute("applicationForm", ApplicationForm.of(submission));
			return page(email, submission, model);
		}
	}

	@PostMapping("/{applicationId}/mellekletek/{attachmentId}/torles")
	String detach(Authentication authentication, @PathVariable long applicationId, @PathVariable long attachmentId,
			RedirectAttributes redirect) {
		String email = Applicants.applicant(authentication);
		try {
			this.submissions.detach(email, applicationId, attachmentId);
			redirect.addFlashAttribute("flashKey", "submission.attachment.removed");
		}
		catch (InvalidInput ex) {
			ex.flashTo(redirect);
		}
		return "redirect:/fiok/palyazatok/" + applicationId + "#mellekletek";
	}

	@GetMapping("/{applicationId}/mellekletek/{attachmentId}")
	ResponseEntity<byte[]> download(Authentication authentication, @PathVariable long applicationId,
			@PathVariable long attachmentId) {
		this.submissions.forApplicant(Applicants.applicant(authentication), applicationId);
		return file(this.submissions.attachment(applicationId, attachmentId));
	}

	@GetMapping("/{applicationId}/palyazat.pdf")
	ResponseEntity<byte[]> pdf(Authentication authentication, @PathVariable long applicationId, Locale locale) {
		SubmissionView submission = this.submissions.forApplicant(Applicants.applicant(authentication), applicationId);
		return file(new UploadedFile(SubmissionManagement.pdfName(submission), "application/pdf",
				this.submissions.pdf(submission, locale)));
	}

	private String conflict(String email, SubmissionView current, ApplicationForm form, BindingResult result,
			Model model) {
		result.reject("submission.conflict",
				new Object[] { this.authors.name(current.updatedBy()), this.formats.dateTime(current.updatedAt()) },
				null);
		model.addAttribute("theirs", current);
		return page(email, current, model);
	}

	private String page(String email, SubmissionView submission, Model model) {
		CallView call = this.submissions.callOf(submission);
		model.addAttribute("submission", submission);
		model.addAttribute("call", call);
		model.addAttribute("municipality", this.submissions.municipality(submission.kshCode()));
		model.addAttribute("open", call.open(this.clock.instant()));
		model.addAttribute("maxAttachments", SubmissionManagement.MAX_ATTACHMENTS);
		model.addAttribute("attachmentMaxMb", this.submissions.attachmentMaxBytes() / (1024 * 1024));
		model.addAttribute("titleMax", SubmissionManagement.TITLE_MAX);
		boolean editable = !submission.submitted() && this.submissions.editableBy(email, submission);
		if (editable && model.getAttribute("applicationForm") instanceof ApplicationForm form) {
			form.leaveRoomForPartners(PartnerChoice.MAX_PARTNERS);
			model.addAttribute("errorSummary", errorSummary(call, form.getPartners().size()));
		}
		return editable ? "submission/form" : "submission/view";
	}

	/**
	 * The form's fields in the page's order as its error summary links them (shared/forms
	 * :: errorSummaryOf): a submission refused for ten empty sections showed only their
	 * inline messages, spread over a page longer than a dozen screens.
	 */
	private static List<String> errorSummary(CallView call, int partnerFields) {
		List<String> entries = new ArrayList<>();
		entries.add("title=call.section.TITLE");
		for (int i = 0; i < partnerFields; i++) {
			entries.add("partners[" + i + "]@partner-" + i + "=submission.partner.label(" + (i + 1) + ")");
		}
		call.sections().forEach((section) -> {
			String kind = section.kind().name();
			entries.add("sections[" + kind + "]@section-" + kind + "=call.section." + kind);
		});
		return entries;
	}

	private Row row(SubmissionView submission) {
		return new Row(submission, this.submissions.callOf(submission),
				this.submissions.municipality(submission.kshCode()).name());
	}

	static ResponseEntity<byte[]> file(UploadedFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename*=UTF-8''"
							+ java.net.URLEncoder.encode(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
								.replace("+", "%20"))
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	/** An application with its call and municipality, for lists. */
	record Row(SubmissionView submission, CallView call, String municipality) {

	}

	/** The open calls a municipality the applicant acts for has not applied to yet. */
	record Start(ApplicantLinks.Membership municipality, List<CallView> openCalls) {

	}

}
