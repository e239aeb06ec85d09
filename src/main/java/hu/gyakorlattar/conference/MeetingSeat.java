package hu.gyakorlattar.conference;

import org.jspecify.annotations.Nullable;

/**
 * A registrant's way into the meeting. For a pasted link every registrant shares the
 * conference's link and {@code providerId} is {@code null}; in a Zoom meeting each
 * registrant has a personal join URL and Zoom's registrant id.
 */
public record MeetingSeat(@Nullable String joinUrl, @Nullable String providerId) {

}
