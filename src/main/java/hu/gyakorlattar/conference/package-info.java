/**
 * Online conferences of the programme's knowledge programme: when they happen and for how
 * many, the agenda with its speakers and moderator, the meeting they run in (a pasted
 * link or a Zoom meeting created through Zoom's API), the calendar entries that describe
 * them, and the materials added afterwards. Registrations belong to the
 * {@code registration} module, which reads conferences through
 * {@link hu.gyakorlattar.conference.ConferenceManagement} and hears of changes through
 * {@link hu.gyakorlattar.conference.ConferenceRescheduled}. The public conference page is
 * served from memory until its conference changes (or the Q&A tells
 * {@link hu.gyakorlattar.conference.PublishedAnswersChanged}).
 */
@NullMarked
package hu.gyakorlattar.conference;

import org.jspecify.annotations.NullMarked;
