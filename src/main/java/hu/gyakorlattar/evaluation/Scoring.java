package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.call.CriterionView;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.InvalidInputs;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * An evaluator's work: the applications assigned to them, each read and scored per
 * criterion (a draft only they see until they submit it); a declared conflict of interest
 * is {@link DeclaringConflicts}' use case. An evaluator reaches only their own
 * assignments and none they are conflicted with; anything else is not found, so nobody
 * learns what exists.
 */
@Service
@Transactional
class Scoring {

	private final Evaluations evaluations;

	private final EvaluatorRepository evaluators;

	private final AssignmentRepository assignments;

	private final ConflictsOfInterest conflictsOfInterest;

	private final SettlingSpreads spreads;

	private final EvaluationPlanRepository plans;

	private final Clock clock;

	Scoring(Evaluations evaluations, EvaluatorRepository evaluators, AssignmentRepository assignments,
			ConflictsOfInterest conflictsOfInterest, SettlingSpreads spreads, EvaluationPlanRepository plans,
			Clock clock) {
		this.spreads = spreads;
		this.plans = plans;
		this.evaluations = evaluations;
		this.evaluators = evaluators;
		this.assignments = assignments;
		this.conflictsOfInterest = conflictsOfInterest;
		this.clock = clock;
	}

	/**
	 * The evaluator's applications, those still to score first, each part in the order
	 * assigned. Those they declared a conflict with are gone: a declaration withdraws the
	 * sheets of undecided applications, and a decided one keeps its sheet but is no
	 * longer theirs to open.
	 */
	@Transactional(readOnly = true)
	List<Task> tasks(String evaluator) {
		Optional<Evaluator> panelist = this.evaluators.findById(evaluator);
		Map<Long, Optional<EvaluationPlan>> plansOfCalls = new HashMap<>();
		List<Task> tasks = new ArrayList<>();
		for (Assignment assignment : this.assignments.findByEvaluatorOrderById(evaluator)) {
			SubmissionView submission = this.evaluations.submitted(assignment.getSubmissionId());
			if (panelist.isPresent() && !this.conflictsOfInterest.conflicted(panelist.get(), submission)) {
				Optional<EvaluationPlan> plan = plansOfCalls.computeIfAbsent(submission.callId(), this.plans::findById);
				tasks.add(new Task(submission, this.evaluations.call(submission.callId()),
						this.evaluations.municipalityName(submission.kshCode()), assignment.isSubmitted(),
						!assignment.getScores().isEmpty(), plan.map(EvaluationPlan::getDueOn).orElse(null),
						plan.filter((planned) -> planned.late(assignment, today())).isPresent()));
			}
		}
		tasks.sort(Comparator.comparing(Task::submitted));
		return tasks;
	}

	/** What an evaluator reads and scores: the application and their own scores. */
	@Transactional(readOnly = true)
	ScoreSheet sheet(String evaluator, long submissionId) {
		Assignment assignment = own(evaluator, submissionId);
		SubmissionView submission = this.evaluations.submitted(submissionId);
		Stage stage = this.evaluations.stageOf(submissionId);
		Optional<EvaluationPlan> plan = this.plans.findById(submission.callId());
		return new ScoreSheet(submission, this.evaluations.call(submission.callId()),
				this.evaluations.municipalityName(submission.kshCode()), Map.copyOf(assignment.getScores()),
				assignment.isSubmitted(), stage.scorable(), !stage.settled(),
				plan.map(EvaluationPlan::getDueOn).orElse(null),
				plan.filter((planned) -> planned.late(assignment, today())).isPresent());
	}

	/**
	 * Saves the evaluator's scores; with {@code submit}, every criterion needs a score on
	 * the call's scale and a comment (the applicant reads it), the sheet closes, and a
	 * disagreement with the other evaluators calls in a third.
	 */
	void score(String evaluator, long submissionId, ScoreForm form, boolean submit) {
		Assignment assignment = own(evaluator, submissionId);
		if (assignment.isSubmitted()) {
			throw new InvalidInput(null, "evaluation.score.submitted");
		}
		if (!this.evaluations.stageOf(submissionId).scorable()) {
			throw new InvalidInput(null, "evaluation.score.closed");
		}
		CallView call = this.evaluations.call(this.evaluations.submitted(submissionId).callId());
		List<InvalidInput> problems = new ArrayList<>();
		Map<CriterionKind, Assignment.Score> scores = new EnumMap<>(CriterionKind.class);
		for (CriterionView criterion : call.criteria()) {
			Integer score = form.score(criterion.kind());
			String comment = form.comment(criterion.kind());
			String field = "[" + criterion.kind() + "]";
			if (score != null && (score < call.scaleMin() || score > call.scaleMax())) {
				problems.add(
						new InvalidInput("scores" + field, "evaluation.score.range", call.scaleMin(), call.scaleMax()));
			}
			else if (score == null && submit) {
				problems.add(new InvalidInput("scores" + field, "evaluation.score.missing"));
			}
			if (comment.length() > ScoreForm.COMMENT_MAX) {
				problems.add(new InvalidInput("comments" + field, "evaluation.comment.tooLong", ScoreForm.COMMENT_MAX));
			}
			else if (comment.isEmpty() && submit) {
				problems.add(new InvalidInput("comments" + field, "evaluation.comment.missing"));
			}
			scores.put(criterion.kind(), new Assignment.Score(score, comment));
		}
		InvalidInputs.throwIfAny(problems);
		assignment.score(scores);
		if (submit) {
			assignment.submit(this.clock.instant());
			this.spreads.scoresSubmitted(submissionId);
		}
	}

	private Assignment own(String evaluator, long submissionId) {
		Assignment assignment = this.assignments.findBySubmissionIdAndEvaluator(submissionId, evaluator)
			.orElseThrow(NotFound::new);
		Evaluator panelist = this.evaluators.findById(evaluator).orElseThrow(NotFound::new);
		if (this.conflictsOfInterest.conflicted(panelist, this.evaluations.submitted(submissionId))) {
			throw new NotFound();
		}
		return assignment;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
	}

	/**
	 * An application assigned to an evaluator, for their list: whether they submitted or
	 * at least saved a draft, the last day for its scores if the office set one, and
	 * whether they are late.
	 */
	record Task(SubmissionView submission, CallView call, String municipality, boolean submitted, boolean started,
			@Nullable LocalDate dueOn, boolean late) {

	}

	/**
	 * The evaluator's page: the application and their own scores, whether a conflict
	 * declared now would still withdraw the sheet (not once the application is decided),
	 * and the last day for the scores if the office set one.
	 */
	record ScoreSheet(SubmissionView submission, CallView call, String municipality,
			Map<CriterionKind, Assignment.Score> scores, boolean submitted, boolean open, boolean withdrawable,
			@Nullable LocalDate dueOn, boolean late) {

	}

}
