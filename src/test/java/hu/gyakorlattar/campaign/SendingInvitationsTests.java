package hu.gyakorlattar.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.registration.RegistrantsForCampaignTests;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sending a letter to a selection of mayors: once, with one-click unsubscribe headers,
 * whatever is pressed twice; a test letter goes to the signed-in admin only; a selection
 * without recipients says so.
 */
class SendingInvitationsTests extends InvitationCampaignTest {

	@Autowired
	ScheduledTaskHolder schedules;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	Environment environment;

	@Autowired
	ApplicationContext context;

	@Test
	void aSelectionReceivesTheInvitationOnceWithOneClickUnsubscribeHeaders() throws Exception {
		long id = createCampaign();

		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", county("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A meghívó 2 címre megy ki.")))
			.andExpect(content().string(containsString("Kiküldés 2 címre")));
		this.mvc.perform(send(id).param("counties", county("Aba")))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
			.andExpect(flash().attribute("flashKey", "mail.campaign.sending"));

		MimeMessage anna = receivedBy("anna@aba.example");
		MimeMessage feherVar = receivedBy("hivatal@fehervar.example");
		assertThat(anna.getSubject()).isEqualTo("Meghívó a konferenciára");
		String[] unsubscribe = anna.getHeader("List-Unsubscribe");
		assertThat(unsubscribe).hasSize(1);
		assertThat(unsubscribe[0]).matches(UNSUBSCRIBE);
		assertThat(anna.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String annasMail = text(anna);
		assertThat(annasMail).contains("Tisztelt Polgármester Asszony!")
			.contains("regisztracio?kampany=" + id)
			.contains(token(anna));
		assertThat(text(feherVar)).contains("Tisztelt Polgármester Úr!");
		assertThat(token(anna)).isNotEqualTo(token(feherVar));

		// The same confirmation posted again (a double click, the back button) sends
		// nothing.
		this.mvc.perform(send(id).param("counties", county("Aba")))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
			.andExpect(flash().attribute("flashKey", "mail.campaign.alreadySent"));
		this.mvc.perform(send(id)).andExpect(flash().attribute("flashKey", "mail.campaign.alreadySent"));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> TestSmtp.server().getReceivedMessagesForDomain("aba.example").length == 1
					&& TestSmtp.server().getReceivedMessagesForDomain("abaliget.example").length == 0);

		// Seven people registered by the letter's link (forwarded in the office) and
		// confirmed their address.
		RegistrantsForCampaignTests.confirmed(this.context, this.conference.id(), id, 7);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/admin/meghivok/{id}/allapot", id).with(admin()))
				.andExpect(header().doesNotExist("Refresh"))
				.andExpect(content().string(allOf(containsString("<dd id=\"stat-sent\">2</dd>"),
						containsString("<dd id=\"stat-queued\">0</dd>"),
						containsString("<dd id=\"stat-failed\">0</dd>"),
						containsString("<dd id=\"stat-registrations\">7</dd>")))));
		// A sent letter can no longer change.
		this.mvc.perform(post("/admin/meghivok/{id}", id).params(letter("Új tárgy")).with(admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
			.andExpect(flash().attribute("flashKey", "mail.campaign.alreadySent"));
		assertThat(this.writing.campaign(id).getSubject()).isEqualTo("Meghívó a konferenciára");
	}

	@Test
	void theLettersAreQueuedAsSoonAsTheSendCommitsNotAtTheNextPoll() throws Exception {
		long id = createCampaign();
		// With the worker's poll paused, only the send itself can set it going (the
		// tests' context polls five times a second, which hid a missing trigger).
		ScheduledTask poll = this.schedules.getScheduledTasks()
			.stream()
			.filter((task) -> task.toString().endsWith("SendingInvitations.sendPending"))
			.findFirst()
			.orElseThrow();
		poll.cancel(false);
		try {
			this.mvc.perform(send(id).param("counties", county("Aba")))
				.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"));
			await().atMost(Duration.ofMillis(1500))
				.until(() -> this.writing.campaign(id).getStatus() == InvitationCampaign.Status.SENT);
		}
		finally {
			this.scheduler.scheduleWithFixedDelay(poll.getTask().getRunnable(),
					this.environment.getRequiredProperty("gyakorlattar.mail.poll-interval", Duration.class));
		}
	}

	@Test
	void twoSendsAtOnceInviteEveryoneOnce() throws Exception {
		long id = createCampaign();
		int expected = this.campaigns.reach(ContactSelection.all()).recipients();
		assertThat(expected).isPositive();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService admins = Executors.newFixedThreadPool(2);
		List<Future<AddressingCampaigns.Sending>> sendings = new ArrayList<>();
		try {
			Callable<AddressingCampaigns.Sending> sending = () -> {
				start.await();
				return this.campaigns.send(id, ContactSelection.all());
			};
			sendings.add(admins.submit(sending));
			sendings.add(admins.submit(sending));
			start.countDown();
			List<Boolean> alreadySent = new ArrayList<>();
			for (Future<AddressingCampaigns.Sending> result : sendings) {
				alreadySent.add(result.get().alreadySent());
				assertThat(result.get().recipients()).isEqualTo(expected);
			}
			assertThat(alreadySent).containsExactlyInAnyOrder(true, false);
		}
		finally {
			admins.shutdown();
		}

		assertThat(this.jdbc.queryForObject("select count(*) from invitation_recipient where campaign_id = ?",
				Integer.class, id))
			.isEqualTo(expected);
		// The mails are queued in the background, each once.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.writing.campaign(id).getStatus() == InvitationCampaign.Status.SENT);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct outbox_id) from invitation_recipient " + "where campaign_id = ?", Integer.class,
				id))
			.isEqualTo(expected);
	}

	@Test
	void aTestGoesToTheSignedInAdminAndSendsNothingElse() throws Exception {
		long id = createCampaign();

		this.mvc
			.perform(post("/admin/meghivok/{id}/proba", id).param("cimzett", code("Aba"))
				.with(user("proba.iroda@teszt.example").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "?cimzett=" + code("Aba")))
			.andExpect(flash().attribute("flashKey", "mail.campaign.testSent"));

		MimeMessage test = receivedBy("proba.iroda@teszt.example");
		assertThat(test.getSubject()).isEqualTo("[Próbalevél] Meghívó a konferenciára");
		assertThat(text(test)).contains("Tisztelt Polgármester Asszony!");
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_recipient where campaign_id = ?",
				Integer.class, id))
			.isZero();
	}

	/**
	 * The campaign page frames the letter as the chosen mayor gets it, in a document of
	 * its own whose policy lets the mail's inline styles apply (MailPreview).
	 */
	@Test
	void thePreviewFramesTheLetterAsTheChosenMayorGetsIt() throws Exception {
		long id = createCampaign();

		this.mvc.perform(get("/admin/meghivok/{id}", id).param("cimzett", code("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("src=\"/admin/meghivok/" + id + "/elonezet?cimzett=" + code("Aba") + "\"")));
		this.mvc.perform(get("/admin/meghivok/{id}/elonezet", id).param("cimzett", code("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tisztelt Polgármester Asszony!")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'unsafe-inline'")))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
		this.mvc.perform(get("/admin/meghivok/{id}/elonezet", 987654321L).with(admin()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCapitalDistrictWithoutACountyIsChosenByItsLegalStatus() throws Exception {
		long id = createCampaign();

		this.mvc.perform(get("/admin/meghivok/{id}", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + county("Szada") + "\""),
					containsString("value=\"FOVAROSI_KERULET\""))));
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("statuses", "FOVAROSI_KERULET").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A meghívó 1 címre megy ki.")));
	}

	@Test
	void sendingWithNoRecipientsOrForAnUnknownCampaignSaysSo() throws Exception {
		long id = createCampaign();
		this.mvc.perform(send(id).param("counties", "Sehol sincs vármegye"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_recipient where campaign_id = ?",
				Integer.class, id))
			.isZero();
		this.mvc.perform(get("/admin/meghivok/{id}/allapot", 987654).with(admin())).andExpect(status().isNotFound());
	}

}
