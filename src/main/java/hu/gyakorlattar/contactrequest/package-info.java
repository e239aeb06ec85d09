/**
 * Contact requests to a practice's owner: a visitor writes to the contact person of a
 * published practice who agreed to be shown, on a form the practice's page links to, and
 * the office's outbox forwards the message with the visitor as its Reply-To, so the
 * owner's address is never shown (the visitor learns it only from the owner's own
 * answer). The form is limited per client address and per e-mail address, answers alike
 * whatever happens behind it, and keeps nothing: the request lives only in the two mails,
 * which the outbox forgets once they went out.
 */
@NullMarked
package hu.gyakorlattar.contactrequest;

import org.jspecify.annotations.NullMarked;
