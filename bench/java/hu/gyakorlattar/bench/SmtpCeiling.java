package hu.gyakorlattar.bench;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The SMTP server's own acceptance rate: messages of the day-before link's size sent over
 * one connection per 100 messages, as the application's sender does, with nothing else to
 * do. Prints messages per second. Arguments: port, messages, body size in bytes.
 */
public final class SmtpCeiling {

	private static final int PER_CONNECTION = 100;

	private SmtpCeiling() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		int messages = Integer.parseInt(args[1]);
		int size = Integer.parseInt(args[2]);
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(port));
		Session session = Session.getInstance(properties);
		String text = "Holnap kezdődik a konferencia. ".repeat(Math.max(1, size / 2 / 32));
		long start = System.nanoTime();
		for (int sent = 0; sent < messages;) {
			try (Transport transport = session.getTransport("smtp")) {
				transport.connect();
				for (int i = 0; i < PER_CONNECTION && sent < messages; i++, sent++) {
					MimeMessage message = new MimeMessage(session);
					message.setFrom(new InternetAddress("noreply@gyakorlattar.local"));
					message.setRecipient(Message.RecipientType.TO, new InternetAddress("plafon" + sent + "@example.hu"));
					message.setSubject("Holnap: a csatlakozási link", "UTF-8");
					MimeMultipart alternative = new MimeMultipart("alternative");
					MimeBodyPart plain = new MimeBodyPart();
					plain.setText(text, "UTF-8");
					MimeBodyPart html = new MimeBodyPart();
					html.setContent("<p>" + text + "</p>", "text/html; charset=UTF-8");
					alternative.addBodyPart(plain);
					alternative.addBodyPart(html);
					message.setContent(alternative);
					message.saveChanges();
					transport.sendMessage(message, message.getAllRecipients());
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%.0f%n", messages / seconds);
	}

}
