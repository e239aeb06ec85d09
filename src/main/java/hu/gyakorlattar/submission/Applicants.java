package hu.gyakorlattar.submission;

import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.security.core.Authentication;

/**
 * Pages under {@code /fiok} are for everyone signed in; these are for applicants only.
 * Anyone else finds nothing here (404), which also keeps the URL space uniform.
 */
final class Applicants {

	private Applicants() {
	}

	static boolean isApplicant(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.APPLICANT.authority().equals(authority.getAuthority()));
	}

	/** The applicant's e-mail address, or not found for anyone else. */
	static String applicant(Authentication authentication) {
		if (!isApplicant(authentication)) {
			throw new NotFound();
		}
		return ApplicantLinks.normalise(authentication.getName());
	}

}
