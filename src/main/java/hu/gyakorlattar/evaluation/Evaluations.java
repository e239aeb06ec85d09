package hu.gyakorlattar.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation files every use case reads: the calls there are to evaluate, each
 * submitted application with its stage and audit log, and its tally of scores. An
 * application the committee has not touched yet is in the formal check without a file;
 * its file is made the first time someone acts on it.
 */
@Service
@Transactional(readOnly = true)
class Evaluations {

	private final EvaluationCaseRepository cases;

	private final AssignmentRepository assignments;

	private final SubmissionManagement submissions;

	private final CallManagement calls;

	private final ProgrammeManagement programme;

	private final MunicipalityDirectory directory;

	private final double spreadThreshold;

	Evaluations(EvaluationCaseRepository cases, AssignmentRepository assignments, SubmissionManagement submissions,
			CallManagement calls, ProgrammeManagement programme, MunicipalityDirectory directory,
			EvaluationProperties properties) {
		this.cases = cases;
		this.assignments = assignments;
		this.submissions = submissions;
		this.calls = calls;
		this.programme = programme;
		this.directory = directory;
		this.spreadThreshold = properties.spreadThreshold();
	}

	/** Every published call, newest cycle first: what there is to evaluate. */
	List<CallView> calls() {
		return this.programme.allCycles()
			.stream()
			.map(CycleView::year)
			.sorted(Comparator.reverseOrder())
			.flatMap((year) -> this.calls.published(year).stream())
			.toList();
	}

	CallView call(long callId) {
		return this.calls.find(callId).orElseThrow(NotFound::new);
	}

	/** The call's submitted applications with their stage, in the order they came. */
	List<EvaluationView> evaluations(long callId) {
		Map<Long, EvaluationCase> known = this.cases.findByCallId(callId)
			.stream()
			.collect(Collectors.toMap(EvaluationCase::getSubmissionId, Function.identity()));
		return this.submissions.submittedTo(callId)
			.stream()
			.map((submission) -> view(submission, Optional.ofNullable(known.get(submission.id()))))
			.toList();
	}

	EvaluationView evaluation(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return view(submission, this.cases.findById(submissionId));
	}

	Tally tally(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return tally(call(submission.callId()), this.assignments.findBySubmissionIdOrderById(submissionId));
	}

	/**
	 * The submitted sheets among the assignments, with the configured spread threshold.
	 */
	Tally tally(CallView call, List<Assignment> assignments) {
		return Tally.of(call, assignments, this.spreadThreshold);
	}

	String municipalityName(String kshCode) {
		return this.directory.find(kshCode).map(MunicipalitySummary::name).orElse(kshCode);
	}

	/** A submitted application; a draft or an unknown id is not found. */
	SubmissionView submitted(long submissionId) {
		return this.submissions.find(submissionId).filter(SubmissionView::submitted).orElseThrow(NotFound::new);
	}

	Stage stageOf(long submissionId) {
		return this.cases.findById(submissionId).map(EvaluationCase::getStage).orElse(Stage.FORMAL_CHECK);
	}

	/**
	 * The application's file, locked until the transaction ends (made on first use), so
	 * that two committee members acting at once act one after the other.
	 */
	@Transactional
	EvaluationCase locked(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return this.cases.findLockedById(submissionId)
			.orElseGet(() -> this.cases.saveAndFlush(new EvaluationCase(submissionId, submission.callId())));
	}

	private EvaluationView view(SubmissionView submission, Optional<EvaluationCase> evaluation) {
		String municipality = municipalityName(submission.kshCode());
		if (evaluation.isEmpty()) {
			return new EvaluationView(submission, municipality, Stage.FORMAL_CHECK, null, "", null, null, null,
					List.of());
		}
		EvaluationCase found = evaluation.get();
		return new EvaluationView(submission, municipality, found.getStage(), found.getResult(),
				found.getJustification(), found.getPublishedAt(), found.getPracticeId(), found.getSpreadResolution(),
				found.getChanges().stream().map(StageChange::toView).toList());
	}

}
