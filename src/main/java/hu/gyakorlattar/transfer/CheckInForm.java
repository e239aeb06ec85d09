package hu.gyakorlattar.transfer;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A check-in's answer as typed: the transfer's status (with the reason when it stopped),
 * a value for each of the practice's indicators in their order (Hungarian or plain
 * digits), and a sentence of lessons.
 */
record CheckInForm(@NotNull TransferStatus status, @Size(max = 1000) String stopReason, @Size(max = 30) String value1,
		@Size(max = 30) String value2, @Size(max = 30) String value3, @Size(max = 500) String lessons) {

	CheckInForm {
		stopReason = TransferPlan.stripped(stopReason);
		value1 = TransferPlan.stripped(value1);
		value2 = TransferPlan.stripped(value2);
		value3 = TransferPlan.stripped(value3);
		lessons = TransferPlan.stripped(lessons);
	}

	/** The value typed for the indicator at this position (1–3). */
	String value(int position) {
		return List.of(this.value1, this.value2, this.value3).get(position - 1);
	}

}
