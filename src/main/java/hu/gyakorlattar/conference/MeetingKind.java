package hu.gyakorlattar.conference;

/**
 * Where a conference takes place: a link the admin pastes (Zoom, Teams, Jitsi, anything),
 * or a Zoom meeting the application creates, in which every registrant gets a personal
 * join URL.
 */
public enum MeetingKind {

	LINK, ZOOM

}
