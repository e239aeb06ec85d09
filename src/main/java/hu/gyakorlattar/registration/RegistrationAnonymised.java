package hu.gyakorlattar.registration;

/**
 * A registration's personal data was removed: anonymised at the end of its retention
 * time, or deleted because it was never confirmed. Whoever keeps data about the
 * registrant (their questions) removes it too.
 */
public record RegistrationAnonymised(long registrationId, long conferenceId) {

}
