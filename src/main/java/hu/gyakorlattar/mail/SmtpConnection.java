package hu.gyakorlattar.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open while the sender works through a burst of messages, so
 * that each message costs one SMTP transaction instead of a connect, EHLO and QUIT. The
 * connection is checked before each message and reopened after an error or after
 * {@link #MESSAGES_PER_CONNECTION} messages, since many servers limit how many messages
 * one connection may carry. A sender that is not Spring's {@link JavaMailSenderImpl}
 * sends each message on its own.
 */
final class SmtpConnection implements AutoCloseable {

	static final int MESSAGES_PER_CONNECTION = 100;

	private final JavaMailSender sender;

	private Transport transport;

	private int carried;

	SmtpConnection(JavaMailSender sender) {
		this.sender = sender;
	}

	void send(MimeMessage message) throws MessagingException {
		if (!(this.sender instanceof JavaMailSenderImpl smtp)) {
			this.sender.send(message);
			return;
		}
		if (this.transport == null || this.carried >= MESSAGES_PER_CONNECTION || !this.transport.isConnected()) {
			close();
			this.transport = smtp.getSession().getTransport(smtp.getProtocol());
			this.transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
		}
		try {
			message.saveChanges();
			this.transport.sendMessage(message, message.getAllRecipients());
			this.carried++;
		}
		catch (MessagingException ex) {
			close();
			throw ex;
		}
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

}
