package hu.gyakorlattar.registration;

/**
 * A registration's personal data was removed at the end of its retention time; whoever
 * keeps data about the registrant (their questions) removes it too.
 */
public record RegistrationAnonymised(long registrationId, long conferenceId) {

}
