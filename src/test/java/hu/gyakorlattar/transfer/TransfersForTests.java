package hu.gyakorlattar.transfer;

import java.util.Arrays;

import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.ApplicationContext;

/**
 * Transfers as other modules' tests need them, made through the ledger's own use cases:
 * the practice's indicators, a municipality starting, moving on or stopping, and
 * answering its check-ins.
 */
public final class TransfersForTests {

	private TransfersForTests() {
	}

	/** The practice's outcome indicators, up to three, each as its name and unit. */
	public static void indicators(ApplicationContext context, long practiceId, String... namesAndUnits) {
		String[] typed = Arrays.copyOf(namesAndUnits, 6);
		Arrays.setAll(typed, (i) -> (typed[i] != null) ? typed[i] : "");
		context.getBean(DefiningIndicators.class)
			.define(practiceId, new IndicatorsForm(typed[0], typed[1], typed[2], typed[3], typed[4], typed[5]));
	}

	/**
	 * The municipality starts taking up the practice, being considered, with its plan and
	 * contact; returns the transfer's id.
	 */
	public static long started(ApplicationContext context, PublishedPractice practice, String kshCode, String plan,
			String contactName, String contactEmail) {
		return context.getBean(StartingTransfers.class)
			.start(practice.slug(), kshCode, contactEmail,
					new TransferPlan(plan, contactName, contactEmail, TransferStatus.CONSIDERING, ""),
					HungarianFormats.HUNGARIAN)
			.id();
	}

	/** The adopter moves its transfer on, or stops it with a reason. */
	public static void moved(ApplicationContext context, long transferId, String kshCode, TransferStatus status,
			String stopReason) {
		UpdatingTransfers updating = context.getBean(UpdatingTransfers.class);
		TransferPlan plan = updating.plan(transferId, kshCode);
		updating.update(transferId, kshCode,
				new TransferPlan(plan.plan(), plan.contactName(), plan.contactEmail(), status, stopReason));
	}

	/**
	 * The adopter answers the check-in this many months after the start through its
	 * personal link: how far it has come and a value for each indicator in order.
	 */
	public static void reported(ApplicationContext context, long transferId, int monthsAfter, TransferStatus status,
			String... values) {
		String[] typed = Arrays.copyOf(values, 3);
		Arrays.setAll(typed, (i) -> (typed[i] != null) ? typed[i] : "");
		String token = context.getBean(CheckInRepository.class)
			.findByTransferIdOrderByMonthsAfter(transferId)
			.stream()
			.filter((checkIn) -> checkIn.getMonthsAfter() == monthsAfter)
			.findFirst()
			.orElseThrow()
			.getToken();
		context.getBean(ReportingOutcomes.class)
			.answer(token, new CheckInForm(status, "", typed[0], typed[1], typed[2], "Tanulság a tesztből."));
	}

}
