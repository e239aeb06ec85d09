package hu.gyakorlattar.registration;

import java.time.Instant;

import hu.gyakorlattar.shared.PersonName;

/**
 * Someone registering wrote a question for the speakers on the form. The registration
 * module keeps no questions; the {@code questions} module takes it into the conference's
 * Q&A.
 */
public record QuestionAskedAtRegistration(long registrationId, long conferenceId, PersonName name, String text,
		Instant askedAt) {

}
