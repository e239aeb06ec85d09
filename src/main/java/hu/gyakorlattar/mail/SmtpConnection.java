package hu.gyakorlattar.mail;

import java.io.IOException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.jspecify.annotations.Nullable;

/**
 * One SMTP connection kept open while the sender works through a burst of messages, so
 * that each message costs one SMTP transaction instead of a connect, EHLO and QUIT. The
 * connection is checked before each message and reopened after an error or after
 * {@link #MESSAGES_PER_CONNECTION} messages, since many servers limit how many messages
 * one connection may carry. A sender that is not Spring's {@link JavaMailSenderImpl}
 * sends each message on its own.
 * <p>
 * Tells the relay's trouble from the message's: a relay that cannot be reached, refuses
 * the sign-in, times out or drops the connection raises {@link RelayUnavailable}; a
 * refused address or message is a {@link MessagingException} of that message.
 */
final class SmtpConnection implements AutoCloseable {

	static final int MESSAGES_PER_CONNECTION = 100;

	private final JavaMailSender sender;

	private @Nullable Transport transport;

	private int carried;

	SmtpConnection(JavaMailSender sender) {
		this.sender = sender;
	}

	void send(MimeMessage message) throws MessagingException {
		if (!(this.sender instanceof JavaMailSenderImpl smtp)) {
			sendAlone(message);
			return;
		}
		if (this.transport == null || this.carried >= MESSAGES_PER_CONNECTION || !this.transport.isConnected()) {
			close();
			try {
				this.transport = smtp.getSession().getTransport(smtp.getProtocol());
				this.transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
			}
			catch (MessagingException ex) {
				close();
				throw new RelayUnavailable(ex);
			}
		}
		try {
			message.saveChanges();
			this.transport.sendMessage(message, message.getAllRecipients());
			this.carried++;
		}
		catch (MessagingException ex) {
			close();
			throw relayTrouble(ex) ? new RelayUnavailable(ex) : ex;
		}
	}

	private void sendAlone(MimeMessage message) throws MessagingException {
		try {
			this.sender.send(message);
		}
		catch (MailAuthenticationException ex) {
			throw new RelayUnavailable(ex);
		}
		catch (MailException ex) {
			if (relayTrouble(ex)) {
				throw new RelayUnavailable(ex);
			}
			throw new MessagingException(ex.getMessage(), ex);
		}
	}

	/**
	 * Whether a failure lies with the connection (a timeout, a reset, a closed socket)
	 * rather than with what the relay answered about the message.
	 */
	static boolean relayTrouble(Throwable failure) {
		if (failure instanceof SendFailedException) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	@Override
	public void close() {
		if (this.transport != null) {
			try {
				this.transport.close();
			}
			catch (MessagingException ex) {
				// The server went away first; nothing is left to release.
			}
			this.transport = null;
			this.carried = 0;
		}
	}

	/**
	 * The relay could not be reached or stopped answering; the message is not at fault.
	 */
	static final class RelayUnavailable extends MessagingException {

		RelayUnavailable(Exception cause) {
			super(cause.getMessage(), cause);
		}

	}

}
