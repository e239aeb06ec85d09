package hu.gyakorlattar.account;

import java.time.Instant;

import hu.gyakorlattar.shared.PersonName;

/**
 * What other modules and pages may know of an account; {@code previousSignInAt} is the
 * sign-in before the last, which its owner checks (the last is the one they just made).
 */
public record AccountView(long id, String email, PersonName name, Role role, String municipalityKshCode,
		boolean enabled, boolean activated, Instant createdAt, Instant lastSignInAt, Instant previousSignInAt) {
}
