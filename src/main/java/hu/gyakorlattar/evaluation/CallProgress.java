package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each published call's evaluation stands for the office: how many applications
 * came in, how many wait for the formal check, and how many evaluators' sheets are past
 * the call's last day on applications still being weighed. The evaluation overview shows
 * it per call, the office's start page in total.
 */
@Service
@Transactional(readOnly = true)
class CallProgress {

	private final Evaluations evaluations;

	private final AssignmentRepository assignments;

	private final EvaluationPlanRepository plans;

	private final Clock clock;

	CallProgress(Evaluations evaluations, AssignmentRepository assignments, EvaluationPlanRepository plans,
			Clock clock) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.plans = plans;
		this.clock = clock;
	}

	/** Every published call's progress, newest cycle first. */
	List<Progress> ofEveryCall() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		return this.evaluations.calls().stream().map((call) -> of(call, today)).toList();
	}

	private Progress of(CallView call, LocalDate today) {
		List<EvaluationView> received = this.evaluations.evaluations(call.id());
		List<Long> weighed = received.stream()
			.filter((evaluation) -> evaluation.stage().scorable())
			.map((evaluation) -> evaluation.submission().id())
			.toList();
		Optional<EvaluationPlan> plan = this.plans.findById(call.id());
		long late = plan.isEmpty() ? 0
				: this.assignments.findBySubmissionIdIn(weighed)
					.stream()
					.filter((assignment) -> plan.get().late(assignment, today))
					.count();
		return new Progress(call, received.size(),
				received.stream().filter((evaluation) -> evaluation.stage() == Stage.FORMAL_CHECK).count(), late);
	}

	/**
	 * A call, its applications received, those waiting for the formal check, and the
	 * sheets past the deadline.
	 */
	record Progress(CallView call, long received, long awaitingFormalCheck, long lateSheets) {

	}

}
