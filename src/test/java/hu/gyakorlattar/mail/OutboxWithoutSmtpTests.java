package hu.gyakorlattar.mail;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-configuration run: with no {@code spring.mail.host} every message is kept for
 * the admins to see, and the sender does not even try.
 */
@ApplicationTest
class OutboxWithoutSmtpTests {

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyOutbox() {
		this.outbox.deleteAllInBatch();
	}

	@Test
	void withoutAnSmtpServerMessagesStayQueuedAndNothingIsAttempted() {
		long id = this.transaction
			.execute((status) -> this.mailOutbox.queue(TestMails.hello("jegyzo@example.hu", "Jegyző Jolán")));
		OutboxMessage queued = this.outbox.findById(id).orElseThrow();

		this.sender.sendDue();
		this.sender.sendDue();

		assertThat(this.sender.smtpConfigured()).isFalse();
		OutboxMessage kept = this.outbox.findById(id).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
		assertThat(kept.getAttempts()).isZero();
		assertThat(kept.getLastError()).isNull();
		assertThat(kept.getSentAt()).isNull();
		assertThat(kept.getNextAttemptAt()).isEqualTo(queued.getNextAttemptAt());
		assertThat(kept.getSubject()).isEqualTo("Árvíztűrő tükörfúrógép – Jegyző Jolán");
	}

	@Test
	void aMailIsWrittenInTheRecipientsLanguageWhateverTheCallersIs() {
		LocaleContextHolder.setLocale(HungarianFormats.HUNGARIAN);
		try {
			long id = this.transaction.execute(
					(status) -> this.mailOutbox.queue(TestMails.hello("mayor@example.org", "Mayor", Locale.ENGLISH)));

			OutboxMessage message = this.outbox.findById(id).orElseThrow();
			assertThat(message.getBodyText()).contains("Időpont: Tuesday, 22 June 2021, 10:00");
			assertThat(message.getBodyHtml()).contains("<html lang=\"en\">")
				.contains("sent by the Best Municipal Practices Programme");
			assertThat(LocaleContextHolder.getLocale()).isEqualTo(HungarianFormats.HUNGARIAN);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
