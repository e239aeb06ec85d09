package hu.gyakorlattar.evaluation;

import java.util.List;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.practice.PracticeDraft;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A winner or good practice becomes a draft in the knowledge base: each application
 * section lands in the practice field it belongs to, a joint application's partners own
 * the practice with the applicant, and its files come along; each side keeps the other's
 * id, and the office reviews and edits the draft before it is published.
 */
@Service
@Transactional
class MakingPractices {

	private final Evaluations evaluations;

	private final PracticeManagement practices;

	private final SubmissionManagement submissions;

	private final MessageSource messages;

	MakingPractices(Evaluations evaluations, PracticeManagement practices, SubmissionManagement submissions,
			MessageSource messages) {
		this.submissions = submissions;
		this.messages = messages;
		this.evaluations = evaluations;
		this.practices = practices;
	}

	/** Returns the draft practice's id. */
	long makePractice(long submissionId, String who) {
		EvaluationCase evaluation = this.evaluations.locked(submissionId);
		if (evaluation.getResult() == null || !evaluation.getResult().practiceWorthy()) {
			throw new InvalidInput(null, "evaluation.practice.notWorthy");
		}
		if (evaluation.getPracticeId() != null) {
			throw new InvalidInput(null, "evaluation.practice.exists");
		}
		SubmissionView submission = this.evaluations.submitted(submissionId);
		CallView call = this.evaluations.call(submission.callId());
		List<PracticeDraft.File> files = submission.attachments()
			.stream()
			.map((file) -> new PracticeDraft.File(file.filename(),
					this.submissions.attachment(submissionId, file.id()).content()))
			.toList();
		// The application's goals answer its problem, so they follow it; its "description
		// and implementation" is the practice's solution, which the office may split.
		long practiceId = this.practices
			.draftFrom(new PracticeDraft(submissionId, submission.title(), submission.section(SectionKind.SUMMARY),
					joined(submission.section(SectionKind.PROBLEM), SectionKind.GOALS,
							submission.section(SectionKind.GOALS)),
					submission.section(SectionKind.IMPLEMENTATION), "", submission.section(SectionKind.PARTNERS),
					submission.section(SectionKind.RESOURCES), submission.section(SectionKind.RESULTS),
					submission.section(SectionKind.INNOVATION), submission.section(SectionKind.SUSTAINABILITY),
					submission.section(SectionKind.TRANSFERABILITY), submission.municipalities(), call.cycleYear(),
					call.themeId(), evaluation.getResult().awardLevel(), submission.submittedBy(), files), who);
		evaluation.becamePractice(practiceId);
		return practiceId;
	}

	/** A text with another section after it under that section's Hungarian heading. */
	private String joined(String text, SectionKind kind, String more) {
		if (more.isBlank()) {
			return text;
		}
		String heading = this.messages.getMessage("call.section." + kind, null, HungarianFormats.HUNGARIAN);
		return text.isBlank() ? heading + ":\n" + more : text + "\n\n" + heading + ":\n" + more;
	}

}
