package hu.gyakorlattar.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves: the sender address, the public base URL that links in mails point to,
 * and how often the sender looks for due messages.
 */
@ConfigurationProperties("gyakorlattar.mail")
record MailProperties(@DefaultValue("Gyakorlattár <noreply@gyakorlattar.local>") String from,
		@DefaultValue("${gyakorlattar.base-url:http://localhost:8080}") String baseUrl,
		@DefaultValue("PT5S") Duration pollInterval) {
}
