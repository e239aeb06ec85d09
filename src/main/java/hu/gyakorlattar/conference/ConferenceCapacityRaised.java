package hu.gyakorlattar.conference;

/** The conference takes more people: the new places go to those waiting for one. */
public record ConferenceCapacityRaised(long conferenceId, int capacity) {

}
