package hu.gyakorlattar.mail;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jakarta Mail waits forever unless told otherwise; the SMTP sender always gets timeouts,
 * and keeps those an operator set explicitly.
 */
class SmtpTimeoutsTests {

	private static final MailProperties.Smtp DEFAULTS = new MailProperties.Smtp(Duration.ofSeconds(10),
			Duration.ofSeconds(30), Duration.ofSeconds(30));

	@Test
	void aSenderWithoutTimeoutsGetsTenSecondsToConnectAndThirtyToReadAndWrite() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();

		SmtpTimeouts.apply(DEFAULTS, sender);

		assertThat(sender.getSession().getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
		assertThat(sender.getSession().getProperty("mail.smtp.timeout")).isEqualTo("30000");
		assertThat(sender.getSession().getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
	}

	@Test
	void aTimeoutSetExplicitlyIsKeptAndSmtpsGetsItsOwn() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setProtocol("smtps");
		Properties explicit = new Properties();
		explicit.setProperty("mail.smtps.timeout", "5000");
		sender.setJavaMailProperties(explicit);

		SmtpTimeouts.apply(DEFAULTS, sender);

		assertThat(sender.getSession().getProperty("mail.smtps.timeout")).isEqualTo("5000");
		assertThat(sender.getSession().getProperty("mail.smtps.connectiontimeout")).isEqualTo("10000");
	}

}
