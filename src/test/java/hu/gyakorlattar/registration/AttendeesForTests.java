package hu.gyakorlattar.registration;

import java.time.Clock;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrants who attended, as the tests of what comes after a conference need them (its
 * survey), without going through the join page at the time of the conference.
 */
public final class AttendeesForTests {

	private AttendeesForTests() {
	}

	/** A registrant who entered the meeting; answers their personal token. */
	public static String attended(ApplicationContext context, long conferenceId, String familyName, String givenName) {
		String token = RegistrantsForQuestionsTests.confirmed(context, conferenceId, familyName, givenName);
		RegistrationRepository registrations = context.getBean(RegistrationRepository.class);
		context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> registrations.findByPersonalToken(token)
				.orElseThrow()
				.joined(context.getBean(Clock.class).instant(), RegistrationTokens.newCertificateCode()));
		return token;
	}

}
