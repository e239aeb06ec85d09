package hu.gyakorlattar.evaluation;

import java.util.ArrayList;
import java.util.List;

import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evaluation's work that waits for the office, over every call
 * ({@link CallProgress}): applications received and not yet checked for form, and
 * evaluators' sheets past their call's last day (the office reminds them or assigns
 * someone else).
 */
@Component
@Order(25)
class WaitingEvaluationWork implements OfficeTasks {

	private final CallProgress progress;

	WaitingEvaluationWork(CallProgress progress) {
		this.progress = progress;
	}

	@Override
	public List<Waiting> waiting() {
		List<CallProgress.Progress> calls = this.progress.ofEveryCall();
		List<Waiting> waiting = new ArrayList<>(Waiting.of("evaluation.waiting.formalCheck",
				calls.stream().mapToLong(CallProgress.Progress::awaitingFormalCheck).sum(), "/bizottsagi-ertekeles"));
		waiting.addAll(Waiting.of("evaluation.waiting.late",
				calls.stream().mapToLong(CallProgress.Progress::lateSheets).sum(), "/admin/ertekeles"));
		return waiting;
	}

}
