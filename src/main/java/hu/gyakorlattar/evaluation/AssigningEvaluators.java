package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office gives each application in the written evaluation its evaluators:
 * automatically and balanced, then by hand, never against a conflict of interest; each
 * evaluator hears of it by mail. An application goes back from an evaluator who has not
 * submitted yet; the office sees who is late.
 */
@Service
@Transactional
class AssigningEvaluators {

	private final Evaluations evaluations;

	private final EvaluatorRepository evaluators;

	private final AssignmentRepository assignments;

	private final ConflictRepository conflicts;

	private final ConflictsOfInterest conflictsOfInterest;

	private final EvaluationPlanRepository plans;

	private final EvaluatorMails mails;

	private final EvaluationReminders reminders;

	private final Clock clock;

	AssigningEvaluators(Evaluations evaluations, EvaluatorRepository evaluators, AssignmentRepository assignments,
			ConflictRepository conflicts, ConflictsOfInterest conflictsOfInterest, EvaluationPlanRepository plans,
			EvaluatorMails mails, EvaluationReminders reminders, Clock clock) {
		this.evaluations = evaluations;
		this.evaluators = evaluators;
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.conflictsOfInterest = conflictsOfInterest;
		this.plans = plans;
		this.mails = mails;
		this.reminders = reminders;
		this.clock = clock;
	}

	/** Who is assigned to each application of the call, and whose conflicts show. */
	@Transactional(readOnly = true)
	List<AssignmentRow> assignments(long callId) {
		List<EvaluationView> evaluations = this.evaluations.evaluations(callId);
		List<Long> ids = evaluations.stream().map(EvaluationView::id).toList();
		Map<Long, List<Assignment>> assigned = this.assignments.findBySubmissionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(Assignment::getSubmissionId));
		Map<Long, List<Conflict>> declared = this.conflicts.findBySubmissionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(Conflict::getSubmissionId));
		Map<String, List<Conflict>> declaredForMunicipalities = this.conflicts
			.findByKshCodeIn(evaluations.stream()
				.flatMap((evaluation) -> evaluation.submission().municipalities().stream())
				.collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.groupingBy(Conflict::getKshCode));
		List<Evaluator> panel = this.evaluators.findAllByOrderByEmail();
		EvaluationPlan plan = this.plans.findById(callId).orElseGet(() -> new EvaluationPlan(callId));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		List<AssignmentRow> rows = new ArrayList<>();
		for (EvaluationView evaluation : evaluations) {
			List<String> flagged = panel.stream()
				.filter((evaluator) -> this.conflictsOfInterest.obvious(evaluator, evaluation.submission()))
				.map(Evaluator::getEmail)
				.toList();
			rows.add(
					new AssignmentRow(evaluation,
							assigned.getOrDefault(evaluation.id(), List.of())
								.stream()
								.map((assignment) -> new AssignmentRow.Assigned(assignment.getEvaluator(),
										assignment.isSubmitted(), plan.late(assignment, today)))
								.toList(),
							Stream
								.concat(declared.getOrDefault(evaluation.id(), List.of()).stream(), evaluation
									.submission()
									.municipalities()
									.stream()
									.flatMap((kshCode) -> declaredForMunicipalities.getOrDefault(kshCode, List.of())
										.stream()))
								.map((conflict) -> new AssignmentRow.Declared(conflict.getEvaluator(),
										conflict.getNote()))
								.toList(),
							flagged));
		}
		return rows;
	}

	/**
	 * Gives every application of the call in the written evaluation as many evaluators as
	 * asked, which becomes the call's plan: nobody with a conflict, the least loaded
	 * first (load counts every call), so the work spreads evenly. Returns how many
	 * evaluators are still missing when the panel is too small.
	 */
	int assignAutomatically(long callId, int perApplication, String who) {
		List<EvaluationView> open = this.evaluations.evaluations(callId)
			.stream()
			.filter((evaluation) -> evaluation.stage() == Stage.WRITTEN_EVALUATION)
			.toList();
		if (open.isEmpty()) {
			throw new InvalidInput("perApplication", "evaluation.assign.nothing");
		}
		EvaluationPlan plan = this.plans.findById(callId).orElseGet(() -> new EvaluationPlan(callId));
		plan.evaluatorsPerApplication(perApplication, who, this.clock.instant());
		this.plans.save(plan);
		List<Evaluator> panel = this.evaluators.findAllByOrderByEmail();
		Map<String, Long> load = load(panel);
		int missing = 0;
		for (EvaluationView evaluation : open) {
			Set<String> already = this.assignments.findBySubmissionIdOrderById(evaluation.id())
				.stream()
				.map(Assignment::getEvaluator)
				.collect(Collectors.toSet());
			int needed = perApplication - already.size();
			List<Evaluator> candidates = panel.stream()
				.filter((evaluator) -> !already.contains(evaluator.getEmail()))
				.filter((evaluator) -> !this.conflictsOfInterest.conflicted(evaluator, evaluation.submission()))
				.sorted(Comparator.comparing((Evaluator evaluator) -> load.get(evaluator.getEmail()))
					.thenComparing(Evaluator::getEmail))
				.toList();
			for (Evaluator evaluator : candidates.subList(0, Math.max(0, Math.min(needed, candidates.size())))) {
				give(callId, new Assignment(evaluation.id(), evaluator.getEmail(), who, this.clock.instant()));
				load.merge(evaluator.getEmail(), 1L, Long::sum);
			}
			missing += Math.max(0, needed - candidates.size());
		}
		return missing;
	}

	/** The admin's hand adjustment: one more evaluator for an application. */
	void assign(long callId, AssignmentForm form, String who) {
		SubmissionView submission = this.evaluations.submitted(form.applicationId());
		if (submission.callId() != callId) {
			throw new InvalidInput("applicationId", "evaluation.assign.unknownApplication");
		}
		Evaluator evaluator = this.evaluators.findById(form.evaluator())
			.orElseThrow(() -> new InvalidInput("evaluator", "evaluation.assign.unknownEvaluator"));
		if (!this.evaluations.stageOf(submission.id()).scorable()) {
			throw new InvalidInput("applicationId", "evaluation.assign.notInEvaluation");
		}
		if (this.conflictsOfInterest.conflicted(evaluator, submission)) {
			throw new InvalidInput("evaluator", "evaluation.assign.conflict");
		}
		if (this.assignments.findBySubmissionIdAndEvaluator(submission.id(), evaluator.getEmail()).isPresent()) {
			throw new InvalidInput("evaluator", "evaluation.assign.already");
		}
		give(callId, new Assignment(submission.id(), evaluator.getEmail(), who, this.clock.instant()));
	}

	/**
	 * A flagged spread's third opinion: the least loaded evaluator of the panel who is
	 * not on the application yet and has no conflict with it. Answers whether one was
	 * free (when none is, the committee writes a resolution instead).
	 */
	boolean assignTieBreaker(long submissionId) {
		SubmissionView submission = this.evaluations.submitted(submissionId);
		Set<String> already = this.assignments.findBySubmissionIdOrderById(submissionId)
			.stream()
			.map(Assignment::getEvaluator)
			.collect(Collectors.toSet());
		List<Evaluator> panel = this.evaluators.findAllByOrderByEmail();
		Map<String, Long> load = load(panel);
		return panel.stream()
			.filter((evaluator) -> !already.contains(evaluator.getEmail()))
			.filter((evaluator) -> !this.conflictsOfInterest.conflicted(evaluator, submission))
			.min(Comparator.comparing((Evaluator evaluator) -> load.get(evaluator.getEmail()))
				.thenComparing(Evaluator::getEmail))
			.map((evaluator) -> give(submission.callId(),
					Assignment.tieBreaker(submissionId, evaluator.getEmail(), this.clock.instant())))
			.isPresent();
	}

	/** How many applications each evaluator of the panel has, in every call. */
	private Map<String, Long> load(List<Evaluator> panel) {
		Map<String, Long> load = new HashMap<>();
		panel.forEach((evaluator) -> load.put(evaluator.getEmail(), 0L));
		this.assignments.findAll()
			.forEach((assignment) -> load.computeIfPresent(assignment.getEvaluator(), (email, count) -> count + 1));
		return load;
	}

	/**
	 * The evaluator gets the application, a mail saying so, and a reminder before the
	 * deadline if there is one.
	 */
	private Assignment give(long callId, Assignment given) {
		Assignment assignment = this.assignments.save(given);
		LocalDate dueOn = this.plans.findById(callId).map(EvaluationPlan::getDueOn).orElse(null);
		this.mails.assigned(assignment, dueOn);
		if (dueOn != null) {
			this.reminders.plan(assignment, dueOn);
		}
		return assignment;
	}

	/** Takes an application back from an evaluator who has not submitted yet. */
	void unassign(long submissionId, String evaluator) {
		Assignment assignment = this.assignments.findBySubmissionIdAndEvaluator(submissionId, evaluator)
			.orElseThrow(NotFound::new);
		if (assignment.isSubmitted()) {
			throw new InvalidInput(null, "evaluation.unassign.submitted");
		}
		this.assignments.delete(assignment);
	}

	/**
	 * An application's evaluators, declared conflicts (with it or one of its
	 * municipalities, by evaluators and committee members) and obvious ones, for the
	 * admin.
	 */
	record AssignmentRow(EvaluationView evaluation, List<Assigned> assigned, List<Declared> declared,
			List<String> flagged) {

		record Assigned(String evaluator, boolean submitted, boolean late) {

		}

		record Declared(String evaluator, String note) {

		}

	}

}
