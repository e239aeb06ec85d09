package hu.gyakorlattar.registration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

	/**
	 * Counts a submission from this client address for this e-mail address (none when the
	 * form has no valid one), in one statement; answers whether it may go on. A refused
	 * submission counts under neither.
	 */
	boolean admits(String clientAddress, String email) {
		List<RateLimits.Attempt> attempts = new ArrayList<>(2);
		attempts.add(new RateLimits.Attempt("registration address " + clientAddress,
				this.properties.perAddressPerMinute(), Duration.ofMinutes(1)));
		if (email != null && !email.isBlank()) {
			attempts.add(new RateLimits.Attempt("registration email " + Registration.emailKey(email),
					this.properties.perEmailPerHour(), Duration.ofHours(1)));
		}
		return this.limits.admit(attempts);
	}

}
