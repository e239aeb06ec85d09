package hu.gyakorlattar.shared;

import java.util.function.IntSupplier;

import org.springframework.transaction.support.TransactionOperations;

/**
 * How the pollers of due rows work through them: one batch per transaction, so a failure
 * costs one batch and the claimed rows' locks are short, until a batch finds nothing.
 */
public final class DueBatches {

	private DueBatches() {
	}

	/** Runs {@code batch} (answering how many rows it handled) until it handles none. */
	public static int drain(TransactionOperations transaction, IntSupplier batch) {
		int handled = 0;
		Integer handledInBatch;
		while ((handledInBatch = transaction.execute((status) -> batch.getAsInt())) != null && handledInBatch > 0) {
			handled += handledInBatch;
		}
		return handled;
	}

}
