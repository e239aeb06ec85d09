package hu.gyakorlattar.call;

import java.util.Optional;

/**
 * The demo year's call that is over (the municipal innovations call with the real 2021
 * dates, see {@link CallDemoData}): the demo data fills it with applications and
 * evaluates it, so that a newcomer sees the whole cycle.
 */
public final class EvaluatedDemoCall {

	static final int YEAR = 2021;

	static final String THEME = "Önkormányzati innovációk";

	private EvaluatedDemoCall() {
	}

	/** The call, once the demo's programme year has it. */
	public static Optional<CallView> in(CallManagement calls) {
		return calls.published(YEAR).stream().filter((call) -> call.themeNameHu().equals(THEME)).findFirst();
	}

}
