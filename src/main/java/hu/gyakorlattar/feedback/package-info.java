/**
 * The feedback survey after a conference: those who attended get a personal link in the
 * follow-up mail (and on their personal page), no password, and rate each talk of the
 * agenda from 1 to 5, write what they thought, and name the practice they would adapt
 * (from the knowledge base or in their own words); one response per registrant, editable
 * until the survey closes. The programme office sees the summary per conference (mean and
 * distribution per talk, responses against attendees, the free texts, the named
 * practices) and exports it for Excel. Reads conferences through
 * {@link hu.gyakorlattar.conference.ConferenceManagement}, registrants through
 * {@link hu.gyakorlattar.registration.RegistrationManagement} and practices through
 * {@link hu.gyakorlattar.practice.PracticeManagement}; the registration module links to
 * the survey through the interface this module implements
 * ({@link hu.gyakorlattar.registration.FollowUpSurvey}).
 */
@NullMarked
package hu.gyakorlattar.feedback;

import org.jspecify.annotations.NullMarked;
