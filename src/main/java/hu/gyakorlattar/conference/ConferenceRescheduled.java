package hu.gyakorlattar.conference;

import java.time.Instant;

/**
 * A conference moved or changed its length: registrants need an updated calendar entry,
 * and mails due relative to the start need new due times.
 */
public record ConferenceRescheduled(long conferenceId, Instant startsAt, Instant endsAt, int sequence) {

}
