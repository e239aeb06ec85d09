package hu.gyakorlattar.conference;

/**
 * The conference's meeting changed (another link, another Zoom meeting): registrants who
 * already have a join link need the new one.
 */
public record ConferenceMeetingChanged(long conferenceId, int sequence) {

}
