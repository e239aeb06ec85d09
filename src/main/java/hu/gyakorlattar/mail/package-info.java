/**
 * Every e-mail the application sends. A module hands
 * {@link hu.gyakorlattar.mail.MailOutbox} an {@link hu.gyakorlattar.mail.OutgoingMail}
 * inside its own transaction; the message is rendered and stored in the outbox table at
 * once, so it is never lost, and a background sender delivers it once over SMTP, with
 * retries and backoff, across restarts and app instances. With no SMTP server configured
 * nothing leaves the outbox. The module also runs the programme office's invitation
 * campaigns: a letter about a conference, written from the 2021 invitation's template and
 * sent once to a selection of municipality contacts, each mail carrying a one-click
 * unsubscribe (RFC 8058); unsubscribed addresses are left out of later campaigns. Other
 * modules learn when invitations about a conference went out from
 * {@link hu.gyakorlattar.mail.Invitations}.
 */
package hu.gyakorlattar.mail;
