package hu.gyakorlattar.registration;

import hu.gyakorlattar.shared.InvalidInput;

/**
 * A registration was asked for a step its state does not allow (confirming a cancelled
 * one, cancelling after attending). An {@link InvalidInput} with no field, so a page
 * shows its message above the form or as a notice, never an error page.
 */
class RegistrationRefused extends InvalidInput {

	RegistrationRefused(RegistrationStatus status) {
		super(null, (status == RegistrationStatus.CANCELLED) ? "registration.cancelled" : "registration.refused");
	}

}
