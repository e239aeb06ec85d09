package hu.gyakorlattar.registration;

import hu.gyakorlattar.shared.PersonName;

/**
 * A registrant as other modules see them when they come through their personal link: who
 * they are and for which conference.
 *
 * @param active whether the registration still stands (not cancelled): only active
 * registrants take part, e.g. ask or vote
 * @param attended whether they entered the meeting (the join page's button): only
 * attendees answer the feedback survey
 */
public record Participant(long registrationId, long conferenceId, PersonName name, boolean active, boolean attended) {

}
