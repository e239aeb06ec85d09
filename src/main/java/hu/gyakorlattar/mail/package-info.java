/**
 * Every e-mail the application sends. A module hands
 * {@link hu.gyakorlattar.mail.MailOutbox} an {@link hu.gyakorlattar.mail.OutgoingMail}
 * inside its own transaction; the message is rendered and stored in the outbox table at
 * once, so it is never lost, and a background sender delivers it once over SMTP, with
 * retries and backoff, across restarts and app instances. With no SMTP server configured
 * nothing leaves the outbox.
 */
package hu.gyakorlattar.mail;
