/**
 * Every e-mail the application sends. A module hands
 * {@link hu.gyakorlattar.mail.MailOutbox} an {@link hu.gyakorlattar.mail.OutgoingMail}
 * inside its own transaction; the message is rendered and stored in the outbox table at
 * once, so it is never lost, and a background sender delivers it once over SMTP, with
 * retries and backoff, across restarts and app instances. With no SMTP server configured
 * nothing leaves the outbox. A leaf: it knows of no other module but {@code shared}; what
 * a mail says comes from the module that sends it and its templates under
 * {@code templates/mail/<module>/}. {@code ModularityTests} holds it to that.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@NullMarked
package hu.gyakorlattar.mail;

import org.jspecify.annotations.NullMarked;
