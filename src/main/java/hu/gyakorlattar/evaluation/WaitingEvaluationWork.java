package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's work that waits for the office: applications received and not yet
 * checked for form, and evaluators' sheets past their call's last day on applications
 * still being weighed (the office reminds them or assigns someone else).
 */
@Component
@Order(25)
class WaitingEvaluationWork implements OfficeTasks {

	private static final List<Stage> WEIGHED = Arrays.stream(Stage.values()).filter(Stage::scorable).toList();

	private final Evaluations evaluations;

	private final AssignmentRepository assignments;

	private final Clock clock;

	WaitingEvaluationWork(Evaluations evaluations, AssignmentRepository assignments, Clock clock) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waiting() {
		// No file exists until someone acts on an application: counted by stage
		long received = this.evaluations.calls()
			.stream()
			.flatMap((call) -> this.evaluations.evaluations(call.id()).stream())
			.filter((evaluation) -> evaluation.stage() == Stage.FORMAL_CHECK)
			.count();
		List<Waiting> waiting = new ArrayList<>(
				Waiting.of("evaluation.waiting.formalCheck", received, "/bizottsagi-ertekeles"));
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		waiting.addAll(
				Waiting.of("evaluation.waiting.late", this.assignments.countLate(today, WEIGHED), "/admin/ertekeles"));
		return waiting;
	}

}
