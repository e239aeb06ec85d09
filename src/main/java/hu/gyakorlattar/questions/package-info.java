/**
 * Live Q&A of the online conferences: registrants ask questions about an agenda item
 * through their personal link (and on the registration form), optionally anonymously to
 * the audience, and upvote others' questions; the moderator approves, edits, merges,
 * pins, answers and hides them; the archive page shows the published answers. Every open
 * page follows the changes through Server-Sent Events, fanned out across app instances
 * with PostgreSQL LISTEN/NOTIFY. Also the moderator's run-of-show console and the
 * projector view. Reads conferences through
 * {@link hu.gyakorlattar.conference.ConferenceManagement} and registrants through
 * {@link hu.gyakorlattar.registration.RegistrationManagement}; neither knows of this
 * module except through the interfaces it implements
 * ({@link hu.gyakorlattar.conference.PublishedAnswers},
 * {@link hu.gyakorlattar.registration.RegistrantQuestions}).
 */
@NullMarked
package hu.gyakorlattar.questions;

import org.jspecify.annotations.NullMarked;
