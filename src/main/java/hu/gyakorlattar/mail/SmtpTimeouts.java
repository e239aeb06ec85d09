package hu.gyakorlattar.mail;

import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the SMTP sender connect, read and write timeouts ({@link MailProperties.Smtp}):
 * Jakarta Mail waits forever by default, and a relay that accepts and never answers would
 * hold the sender as long as it hangs. Timeouts set explicitly in
 * {@code spring.mail.properties} are kept.
 */
@Component
class SmtpTimeouts implements BeanPostProcessor {

	/** Read lazily: a post-processor's own dependencies would miss other processing. */
	private final ObjectProvider<MailProperties> properties;

	SmtpTimeouts(ObjectProvider<MailProperties> properties) {
		this.properties = properties;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			apply(this.properties.getObject().smtp(), sender);
		}
		return bean;
	}

	static void apply(MailProperties.Smtp smtp, JavaMailSenderImpl sender) {
		Properties mail = new Properties();
		mail.putAll(sender.getJavaMailProperties());
		// Unset, Spring's sender speaks the session's transport protocol, SMTP by
		// default.
		String protocol = (sender.getProtocol() != null) ? sender.getProtocol()
				: mail.getProperty("mail.transport.protocol", "smtp");
		String prefix = "mail." + protocol + ".";
		mail.putIfAbsent(prefix + "connectiontimeout", millis(smtp.connectTimeout()));
		mail.putIfAbsent(prefix + "timeout", millis(smtp.readTimeout()));
		mail.putIfAbsent(prefix + "writetimeout", millis(smtp.writeTimeout()));
		// Replaces the properties and the session built from them.
		sender.setJavaMailProperties(mail);
	}

	private static String millis(Duration duration) {
		return Long.toString(duration.toMillis());
	}

}
