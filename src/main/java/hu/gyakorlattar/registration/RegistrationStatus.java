package hu.gyakorlattar.registration;

/**
 * Where a registration stands. REQUESTED until its owner clicks the link in the
 * confirmation request; then CONFIRMED, or WAITING while the conference is full; ATTENDED
 * once they joined the meeting.
 */
enum RegistrationStatus {

	REQUESTED, CONFIRMED, WAITING, CANCELLED, ATTENDED;

	/** Holds a place in the meeting. */
	public boolean holdsPlace() {
		return this == CONFIRMED || this == ATTENDED;
	}

	/** The registrant may still cancel: they have not attended nor cancelled yet. */
	public boolean cancellable() {
		return this == REQUESTED || this == CONFIRMED || this == WAITING;
	}

	public String messageKey() {
		return "registration.status." + name();
	}

}
