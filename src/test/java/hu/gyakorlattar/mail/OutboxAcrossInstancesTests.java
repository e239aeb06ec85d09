package hu.gyakorlattar.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.GyakorlattarApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two app instances against one database, as behind a load balancer: both senders poll
 * the same outbox, and every message still reaches the SMTP server exactly once.
 */
@SpringBootTest(properties = "gyakorlattar.mail.poll-interval=PT0.05S")
@DirtiesContext
class OutboxAcrossInstancesTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void twoInstancesSendEachMessageOnce() {
		try (ConfigurableApplicationContext second = secondInstance()) {
			List<Long> ids = this.transaction.execute((status) -> {
				List<Long> queued = new ArrayList<>();
				for (int i = 0; i < 300; i++) {
					queued
						.add(this.mailOutbox.queue(TestMails.hello("resztvevo" + i + "@example.hu", "Résztvevő " + i)));
				}
				return queued;
			});
			await().atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= ids.size());
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> smtp.getReceivedMessages().length == ids.size());
			List<String> messageIds = Arrays.stream(smtp.getReceivedMessages()).map((message) -> {
				try {
					return message.getMessageID();
				}
				catch (jakarta.mail.MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(messageIds).hasSize(300).doesNotHaveDuplicates();
		}
	}

	/**
	 * The same application on the same database, with its own web server and sender.
	 * Command-line arguments, because they outrank the test configuration that would give
	 * it a database of its own.
	 */
	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(GyakorlattarApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + this.dataSource.getJdbcUrl(),
				"--spring.datasource.username=" + this.dataSource.getUsername(), "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtp.getSmtp().getPort(), "--gyakorlattar.mail.poll-interval=PT0.05S",
				"--gyakorlattar.demo-data=false");
	}

}
