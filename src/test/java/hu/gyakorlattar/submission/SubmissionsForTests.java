package hu.gyakorlattar.submission;

import java.util.List;

import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitted applications as other modules' tests need them, made through the submission's
 * own use cases: the applicant approved for the municipality, every section filled in,
 * submitted before the deadline.
 */
public final class SubmissionsForTests {

	private SubmissionsForTests() {
	}

	/** A submitted application of the municipality to an open call; returns its id. */
	public static long submitted(ApplicationContext context, long callId, String applicant, String kshCode,
			String title) {
		return submitted(context, callId, applicant, kshCode, title, List.of());
	}

	/** The same with attachments, uploaded before it was submitted. */
	public static long submitted(ApplicationContext context, long callId, String applicant, String kshCode,
			String title, List<UploadedFile> attachments) {
		SubmissionManagement submissions = context.getBean(SubmissionManagement.class);
		return context.getBean(TransactionTemplate.class).execute((status) -> {
			approvedFor(context, applicant, kshCode);
			SubmissionView draft = submissions.start(applicant, callId, kshCode);
			ApplicationForm form = new ApplicationForm();
			form.setVersion(draft.version());
			form.setTitle(title);
			for (SectionKind kind : SectionKind.values()) {
				form.getSections().put(kind.name(), title + ": " + kind);
			}
			submissions.save(applicant, draft.id(), form);
			attachments.forEach((file) -> submissions.attach(applicant, draft.id(), file));
			return submissions.submit(applicant, draft.id(), HungarianFormats.HUNGARIAN).id();
		});
	}

	/**
	 * The applicant acts for the municipality too: they asked and the office approved
	 * (nothing changes when they act for it already).
	 */
	public static void approvedFor(ApplicationContext context, String applicant, String kshCode) {
		ApplicantLinks links = context.getBean(ApplicantLinks.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			if (links.claim(applicant, kshCode)) {
				long linkId = links.pending()
					.stream()
					.filter((link) -> link.email().equals(applicant) && link.kshCode().equals(kshCode))
					.findFirst()
					.orElseThrow()
					.id();
				links.decide(linkId, true, "iroda@example.hu");
			}
		});
	}

}
