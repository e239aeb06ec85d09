package hu.gyakorlattar.mail;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import hu.gyakorlattar.shared.SiteAddress;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What every message carries around its rendered content, as a mail client reads it: the
 * sender and the Reply-To with their display names encoded in UTF-8, the
 * {@code Auto-Submitted: auto-generated} that keeps out-of-office replies away (RFC
 * 3834), and a Message-ID on the public host, kept across attempts.
 */
@Component
class Envelope {

	/**
	 * The file types of attachments, read once: Spring's helper reads {@code mime.types}
	 * from the class path for each message it is not given them for, which was a third of
	 * the sender's time (profiled on the day-before send).
	 */
	private static final FileTypeMap FILE_TYPES = fileTypes();

	static {
		// Jakarta Mail looks its stream provider up with a ServiceLoader scan of the
		// class
		// path for each encoded header and body part unless this names it (another 15% of
		// the sender's time); a name already set is kept.
		System.getProperties()
			.putIfAbsent("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
	}

	private final MailProperties properties;

	private final String publicHost;

	Envelope(MailProperties properties, SiteAddress site) {
		this.properties = properties;
		String host = site.host();
		this.publicHost = (host != null) ? host : "localhost";
	}

	/** A new Message-ID, such as {@code <…@gyakorlattar.example.hu>}. */
	String newMessageId() {
		return "<" + UUID.randomUUID() + "@" + this.publicHost + ">";
	}

	/** The message as it goes to SMTP, sent at {@code sentAt}. */
	MimeMessage wrap(Session session, OutboxMessage message, Instant sentAt) throws MessagingException {
		MimeMessage mime = new StableIdMimeMessage(session, message.getMessageId());
		// The helper's encoding also encodes the display names of From and Reply-To.
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8") {
			@Override
			protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
				return FILE_TYPES;
			}
		};
		helper.setFrom(this.properties.from());
		if (StringUtils.hasText(this.properties.replyTo())) {
			helper.setReplyTo(this.properties.replyTo());
		}
		helper.setSentDate(Date.from(sentAt));
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.getBodyText(), message.getBodyHtml());
		mime.setHeader("Auto-Submitted", "auto-generated");
		for (Map.Entry<String, String> header : message.getHeaders().entrySet()) {
			mime.setHeader(header.getKey(), header.getValue());
		}
		for (OutgoingMail.Attachment attachment : message.getAttachments()) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return mime;
	}

	private static FileTypeMap fileTypes() {
		ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
		types.afterPropertiesSet();
		return types;
	}

	/**
	 * Keeps the outbox's Message-ID instead of letting JavaMail invent a new one on every
	 * attempt.
	 */
	private static final class StableIdMimeMessage extends MimeMessage {

		private final String messageId;

		StableIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
