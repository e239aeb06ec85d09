package hu.gyakorlattar.practice;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year after publication the practice's contact is asked for news of the results, once,
 * and again a year later.
 */
@ApplicationTest
@AdjustableClock.Stopped
class PracticeUpdateRequestTests {

	@Autowired
	EditingPractices editing;

	@Autowired
	RequestingUpdates updates;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AdjustableClock clock;

	/** Withdrawn afterwards: the knowledge base, and its counts, are shared. */
	private Long published;

	@AfterEach
	void withdrawThePractice() {
		if (this.published != null) {
			this.editing.withdraw(this.published, "szerkeszto@example.hu");
		}
	}

	@Test
	void theOwnersAreAskedOnceAYearForAnUpdate() {
		long theme = this.programme.cycle(2021).orElseThrow().themes().get(0).id();
		long id = this.editing
			.create(new PracticeForm("Frissítendő gyakorlat", "Összefoglaló.", "", "", "", null, "", Stage.RUNNING, "",
					"", null, "", "", "", "", "", "21458", 2021, List.of(theme), AwardLevel.GOOD_PRACTICE, "",
					"Kapcsolattartó Kata", "frissites@example.hu", "", false, "", "", "", null),
					"szerkeszto@example.hu")
			.getId();
		this.editing.publish(id, "szerkeszto@example.hu");
		this.published = id;

		this.clock.advance(Duration.ofDays(200));
		drainDue();
		assertThat(mailsTo("frissites@example.hu")).isEmpty();

		this.clock.advance(Duration.ofDays(170));
		drainDue();
		drainDue();
		assertThat(mailsTo("frissites@example.hu")).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).contains("Frissítendő gyakorlat"));

		this.clock.advance(Duration.ofDays(366));
		drainDue();
		assertThat(mailsTo("frissites@example.hu")).hasSize(2);
	}

	private void drainDue() {
		while (this.updates.requestDueUpdates(UpdateRequests.BATCH) > 0) {
			// every due practice is asked
		}
	}

	private List<OutboxMessage> mailsTo(String recipient) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.filter((mail) -> mail.getRecipient().equals(recipient))
			.toList();
	}

}
