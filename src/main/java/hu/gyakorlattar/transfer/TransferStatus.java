package hu.gyakorlattar.transfer;

/**
 * How far a municipality has come with a practice it takes up; the active states follow
 * one another in this order, and a stop ends the transfer.
 */
public enum TransferStatus {

	CONSIDERING, ADAPTING, RUNNING, STOPPED;

	public String messageKey() {
		return "transfer.status." + name();
	}

	boolean isActive() {
		return this != STOPPED;
	}

}
