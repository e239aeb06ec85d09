package hu.gyakorlattar.mail;

import java.util.List;

import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails the relay refused for good, which wait for the office to see why and send
 * them again.
 */
@Component
@Order(30)
class FailedMails implements OfficeTasks {

	private final OutboxRepository outbox;

	FailedMails(OutboxRepository outbox) {
		this.outbox = outbox;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waiting() {
		return Waiting.of("mail.waiting.failed", this.outbox.countByStatus(OutboxMessage.Status.FAILED),
				"/admin/levelek?allapot=FAILED");
	}

}
