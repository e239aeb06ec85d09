package hu.gyakorlattar.registration;

import java.time.Duration;

import hu.gyakorlattar.shared.RateLimits;

import org.springframework.stereotype.Component;

/**
 * Registrations accepted per client address and minute, and per e-mail address and hour,
 * on the form and the API together: a script can neither flood the office with
 * registrations nor someone's mailbox with confirmation requests. Counted across
 * instances, like the other public forms.
 */
@Component
class RegistrationRateLimit {

	private final RateLimits limits;

	private final RegistrationProperties properties;

	RegistrationRateLimit(RateLimits limits, RegistrationProperties properties) {
		this.limits = limits;
		this.properties = properties;
	}

	/** Counts a submission from this address; answers whether it may go on. */
	boolean admitsAddress(String address) {
		return this.limits.admit("registration address " + address, this.properties.perAddressPerMinute(),
				Duration.ofMinutes(1));
	}

	/** Counts a registration for this e-mail address; answers whether it may go on. */
	boolean admitsEmail(String email) {
		if (email == null || email.isBlank()) {
			return true;
		}
		return this.limits.admit("registration email " + Registration.emailKey(email),
				this.properties.perEmailPerHour(), Duration.ofHours(1));
	}

}
