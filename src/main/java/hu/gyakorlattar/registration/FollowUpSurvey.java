package hu.gyakorlattar.registration;

import java.util.Optional;

/**
 * The survey an attendee is asked to fill in after the conference, told by whoever keeps
 * it (the {@code feedback} module implements it), so that the follow-up mail and the
 * personal page link to it without this module knowing of surveys.
 */
public interface FollowUpSurvey {

	/**
	 * The path (from the site's root) of the registrant's own survey page while it takes
	 * answers; empty when the conference has none or it is closed.
	 */
	Optional<String> surveyPath(long conferenceId, String personalToken);

}
