package hu.gyakorlattar.evaluation;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.practice.PracticeDraft;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A winner or good practice becomes a draft in the knowledge base, with the application's
 * texts; each side keeps the other's id, and the office edits the draft before it is
 * published.
 */
@Service
@Transactional
class MakingPractices {

	private final Evaluations evaluations;

	private final PracticeManagement practices;

	MakingPractices(Evaluations evaluations, PracticeManagement practices) {
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
		long practiceId = this.practices
			.draftFrom(new PracticeDraft(submissionId, submission.title(), submission.section(SectionKind.SUMMARY),
					submission.section(SectionKind.PROBLEM), submission.section(SectionKind.GOALS),
					submission.section(SectionKind.IMPLEMENTATION), submission.section(SectionKind.PARTNERS),
					submission.section(SectionKind.RESOURCES), submission.section(SectionKind.RESULTS),
					submission.section(SectionKind.INNOVATION), submission.section(SectionKind.SUSTAINABILITY),
					submission.section(SectionKind.TRANSFERABILITY), submission.kshCode(), call.cycleYear(),
					call.themeId(), evaluation.getResult().awardLevel(), submission.submittedBy()), who);
		evaluation.becamePractice(practiceId);
		return practiceId;
	}

}
