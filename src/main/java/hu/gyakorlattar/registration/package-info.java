/**
 * Registrations for the programme's online conferences: the public form and API, the
 * double opt-in by e-mail, the capacity with its waiting list, each registrant's personal
 * page and join link (reached from signed links in their mails, no password), attendance
 * (recorded by the join page's button, never by opening a link), the attendance
 * certificate and its public verification page, the public participant list (with
 * consent), the calendar entries, the day-before access link and reminders as durable
 * scheduled mails, and the programme office's list, exports and statistics. Reads
 * conferences through {@link hu.gyakorlattar.conference.ConferenceManagement} and hears
 * of their changes through its events; tells the conference module the places taken and
 * the campaign module how many registrations each invitation campaign brought.
 */
@NullMarked
package hu.gyakorlattar.registration;

import org.jspecify.annotations.NullMarked;
