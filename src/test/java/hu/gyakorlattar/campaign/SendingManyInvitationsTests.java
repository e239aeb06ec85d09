package hu.gyakorlattar.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A campaign to hundreds of municipalities: the request returns at once and the letters
 * are written in the background, each once, even when a sending instance dies midway.
 */
class SendingManyInvitationsTests extends InvitationCampaignTest {

	@Test
	void aCampaignToManyMunicipalitiesReturnsAtOnceAndIsSentInTheBackground() throws Exception {
		List<String> many = manyMayors(900);
		try {
			long id = createCampaign();
			int recipients = this.campaigns.reach(ContactSelection.all()).recipients();
			assertThat(recipients).isGreaterThanOrEqualTo(900);

			long started = System.nanoTime();
			this.mvc.perform(send(id))
				.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
				.andExpect(flash().attribute("flashKey", "mail.campaign.sending"));
			long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			// The request recorded who gets it; the letters are written afterwards.
			assertThat(
					this.jdbc.queryForObject("select status from invitation_campaign where id = ?", String.class, id))
				.isEqualTo("SENDING");
			assertThat(took).as("the send request's milliseconds").isLessThan(5_000);
			this.mvc.perform(get("/admin/meghivok/{id}/allapot", id).with(admin()))
				.andExpect(header().string("Refresh", "5"))
				.andExpect(content().string(containsString("A levelek előkészítése a háttérben folyik")));
			// A second press while it is being sent sends nothing more.
			this.mvc.perform(send(id)).andExpect(flash().attribute("flashKey", "mail.campaign.alreadySent"));

			await().atMost(Duration.ofSeconds(120))
				.untilAsserted(() -> this.mvc.perform(get("/admin/meghivok/{id}/allapot", id).with(admin()))
					.andExpect(header().doesNotExist("Refresh"))
					.andExpect(content().string(allOf(containsString("<dd id=\"stat-pending\">0</dd>"),
							containsString("<dd id=\"stat-queued\">0</dd>"),
							containsString("<dd id=\"stat-sent\">" + recipients + "</dd>"),
							containsString("Elküldve: " + recipients + " / " + recipients)))));
			assertThat(this.writing.campaign(id).getStatus()).isEqualTo(InvitationCampaign.Status.SENT);
			assertEveryoneGotOneMail(id, recipients);
		}
		finally {
			forget(many);
		}
	}

	@Test
	void aSendInterruptedMidwayResumesAndNobodyGetsTwoMails() throws Exception {
		List<String> many = manyMayors(350);
		ExecutorService instances = Executors.newFixedThreadPool(3);
		try {
			long id = createCampaign();
			int recipients = this.campaigns.send(id, ContactSelection.all()).recipients();

			// Another instance claims a batch, writes its mails and dies before
			// committing.
			CountDownLatch claimed = new CountDownLatch(1);
			CountDownLatch die = new CountDownLatch(1);
			Future<Integer> crashed = instances.submit(() -> this.transaction.execute((status) -> {
				int batch = this.worker.queueBatch();
				claimed.countDown();
				try {
					die.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				status.setRollbackOnly();
				return batch;
			}));
			assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
			// The live worker skips the rows the dying instance holds and sends the rest.
			await().atMost(Duration.ofSeconds(60))
				.until(() -> pending(id) <= SendingInvitations.BATCH && queued(id) == recipients - pending(id));
			assertThat(pending(id)).isPositive();
			assertThat(this.writing.campaign(id).isSending()).isTrue();
			die.countDown();
			assertThat(crashed.get(30, TimeUnit.SECONDS)).isPositive();

			// Two more workers, as two instances would, race the scheduled one for the
			// rest.
			Future<?> one = instances.submit(this.worker::sendPending);
			Future<?> two = instances.submit(this.worker::sendPending);
			one.get(60, TimeUnit.SECONDS);
			two.get(60, TimeUnit.SECONDS);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.writing.campaign(id).getStatus() == InvitationCampaign.Status.SENT);
			await().atMost(Duration.ofSeconds(60)).until(() -> this.progress.statistics(id).sent() == recipients);
			assertEveryoneGotOneMail(id, recipients);
		}
		finally {
			instances.shutdownNow();
			forget(many);
		}
	}

	void assertEveryoneGotOneMail(long id, int recipients) {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and status = 'QUEUED'", Integer.class,
				id))
			.isEqualTo(recipients);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct outbox_id) from invitation_recipient where campaign_id = ?", Integer.class, id))
			.isEqualTo(recipients);
		// Nothing the dying instance wrote survived, and nobody is in the outbox twice.
		assertThat(this.jdbc.queryForObject("""
				select count(*) from mail_outbox m
				where m.recipient in (select r.address from invitation_recipient r where r.campaign_id = ?)
				and m.subject = 'Meghívó a konferenciára'
				and m.created_at >= (select c.sent_at from invitation_campaign c where c.id = ?)
				""", Integer.class, id, id)).isEqualTo(recipients);
		List<String> received = Arrays.stream(TestSmtp.server().getReceivedMessages()).map((message) -> {
			try {
				return message.getAllRecipients()[0].toString().toLowerCase(java.util.Locale.ROOT);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).doesNotHaveDuplicates();
	}

	int pending(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and status = 'PENDING'", Integer.class,
				id);
	}

	int queued(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and status = 'QUEUED'", Integer.class,
				id);
	}

	/**
	 * Mayors of this many further municipalities, at addresses of their own; answers the
	 * codes, to {@link #forget} them after the test.
	 */
	List<String> manyMayors(int count) throws Exception {
		List<String> taken = List.of(code("Aba"), code("Székesfehérvár"), code("Abaliget"), code("Szada"),
				aCapitalDistrict().kshCode());
		List<String> codes = this.directory.search("", 100_000)
			.stream()
			.map(MunicipalitySummary::kshCode)
			.filter((code) -> !taken.contains(code))
			.limit(count)
			.toList();
		assertThat(codes).hasSize(count);
		StringBuilder csv = new StringBuilder(
				"ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n");
		for (String code : codes) {
			csv.append(code).append(";;Tömeges;Teréz;nő;polgarmester@t").append(code).append(".tomeges.example;\r\n");
		}
		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("flashKey", "municipality.contacts.imported"));
		return codes;
	}

	/** Leaves the other tests the five mayors they expect. */
	void forget(List<String> codes) throws Exception {
		for (String code : codes) {
			this.mvc.perform(post("/admin/telepulesek/{code}/kapcsolattarto-torlese", code).with(admin()).with(csrf()));
		}
	}

}
