package hu.gyakorlattar.conference;

/** Who is given a seat in the meeting; Zoom registers them by these. */
public record Attendee(String email, String familyName, String givenName) {

}
