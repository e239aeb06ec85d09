package hu.gyakorlattar.mail;

import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme office's view of the outbox, with no SMTP server configured (as in the
 * zero-configuration run).
 */
@ApplicationTest
@WithMockUser(roles = "ADMIN")
class OutboxAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	private Instant now;

	@BeforeEach
	void emptyOutbox() {
		this.outbox.deleteAllInBatch();
		this.now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	@Test
	void theOutboxCountsMessagesPerStatusNewestFirstAndSaysNothingIsSent() throws Exception {
		queued("Regisztráció megerősítése", 4);
		queued("Emlékeztető a holnapi konferenciáról", 3);
		sent("Meghívó a 2021-es programra", 2);
		failed("Jelszó visszaállítása", "550 mailbox unavailable", 1);

		this.mvc.perform(get("/admin/levelek"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Kimenő levelek</h1>")))
			.andExpect(content().string(containsString("Nincs levelezőszerver (SMTP) beállítva")))
			.andExpect(content().string(containsString("Összes: 4")))
			.andExpect(content().string(containsString("Várakozik: 2")))
			.andExpect(content().string(containsString("Elküldve: 1")))
			.andExpect(content().string(containsString("Sikertelen: 1")))
			.andExpect(content().string(containsString("550 mailbox unavailable")))
			.andExpect(content().string(containsString("<th scope=\"col\">Címzett</th>")))
			.andExpect(content().string(stringContainsInOrder("Jelszó visszaállítása", "Meghívó a 2021-es programra",
					"Emlékeztető a holnapi konferenciáról", "Regisztráció megerősítése")));
	}

	@Test
	void aStatusFilterShowsOnlyThoseMessagesAndMarksTheCurrentFilter() throws Exception {
		queued("Regisztráció megerősítése", 2);
		failed("Jelszó visszaállítása", "550 mailbox unavailable", 1);

		this.mvc.perform(get("/admin/levelek").param("allapot", "FAILED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jelszó visszaállítása")))
			.andExpect(content().string(not(containsString("Regisztráció megerősítése"))))
			.andExpect(content().string(containsString("href=\"/admin/levelek?allapot=FAILED\" aria-current=\"page\"")))
			.andExpect(content().string(containsString("Várakozik: 1")));
	}

	@Test
	void longOutboxesArePagedWithPlainLinksThatKeepTheFilter() throws Exception {
		for (int i = 0; i < OutboxAdministration.PAGE_SIZE + 5; i++) {
			queued("Levél " + i, OutboxAdministration.PAGE_SIZE + 5 - i);
		}

		this.mvc.perform(get("/admin/levelek").param("allapot", "QUEUED"))
			.andExpect(content().string(containsString(">Levél 54<")))
			.andExpect(content().string(not(containsString(">Levél 4<"))))
			.andExpect(content().string(containsString("1. oldal / 2")))
			.andExpect(content().string(containsString("href=\"/admin/levelek?allapot=QUEUED&amp;oldal=2\"")));
		this.mvc.perform(get("/admin/levelek").param("allapot", "QUEUED").param("oldal", "2"))
			.andExpect(content().string(containsString(">Levél 4<")))
			.andExpect(content().string(not(containsString(">Levél 5<"))))
			.andExpect(content().string(containsString("href=\"/admin/levelek?allapot=QUEUED&amp;oldal=1\"")));
		this.mvc.perform(get("/admin/levelek").param("oldal", "2"))
			.andExpect(content().string(containsString("href=\"/admin/levelek?oldal=1\"")));
	}

	@Test
	void theMessagePageShowsTheTextAndTheHtmlInASandboxWhereNoScriptRunsButItsStylesApply() throws Exception {
		OutboxMessage message = this.outbox.save(new OutboxMessage(messageId(), "polgarmester@example.hu",
				"Meghívó <b>konferenciára</b>", "Tisztelt Polgármester Úr!\nSzeretettel meghívjuk.",
				"<html><body><p>Tisztelt Polgármester Úr!</p><script>alert('x')</script></body></html>",
				"conference/invitation", this.now));

		this.mvc.perform(get("/admin/levelek/{id}", message.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Meghívó &lt;b&gt;konferenciára&lt;/b&gt;</h1>")))
			.andExpect(content().string(containsString("Tisztelt Polgármester Úr!\nSzeretettel meghívjuk.</pre>")))
			.andExpect(content().string(containsString(
					"<iframe class=\"mail-html\" sandbox=\"\" src=\"/admin/levelek/" + message.getId() + "/html\"")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(message.getMessageId()))))
			.andExpect(content().string(containsString("Újraküldés most")))
			.andExpect(content().string(containsString("<dd>Gyakorlattár &lt;noreply@gyakorlattar.local&gt;</dd>")))
			.andExpect(content().string(not(containsString("Válaszcím"))))
			.andExpect(content().string(not(containsString("Melléklet"))));
		OutboxMessage withCalendar = this.outbox.save(new OutboxMessage(messageId(), "polgarmester@example.hu",
				"Regisztrációja megerősítve", "Szöveg", null, "registration/confirmed", this.now)
			.withExtras(Map.of(), List.of(new OutgoingMail.Attachment("konferencia.ics", "text/calendar",
					"BEGIN:VCALENDAR\r\nEND:VCALENDAR".getBytes(StandardCharsets.UTF_8)))));
		this.mvc.perform(get("/admin/levelek/{id}", withCalendar.getId()))
			.andExpect(content().string(containsString("<dt>Melléklet</dt>\n\t\t\t<dd>konferencia.ics</dd>")));
		this.mvc.perform(get("/admin/levelek/{id}/html", message.getId()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(message.getBodyHtml()))
			.andExpect(header().string("Content-Security-Policy", MailPreview.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
		assertThat(MailPreview.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "style-src 'unsafe-inline'",
				"sandbox", "frame-ancestors 'self'");
	}

	/**
	 * A set-password link is its recipient's alone: the office reads it only while no
	 * mail server can deliver it (it hands the link over itself); once it went out, the
	 * office sees neither its text nor its HTML, also not by asking for the preview
	 * frame's document.
	 */
	@Test
	void aCredentialIsReadableOnlyWhileNoMailServerCanDeliverIt() throws Exception {
		OutboxMessage credential = this.outbox.save(new OutboxMessage(messageId(), "uj.felhasznalo@example.hu",
				"Jelszó beállítása", "Jelszó beállítása: http://localhost:8080/jelszo-beallitas/titkos-token\n",
				"<p><a href=\"http://localhost:8080/jelszo-beallitas/titkos-token\">Jelszó beállítása</a></p>",
				"account/invitation", this.now)
			.confidential());
		this.mvc.perform(get("/admin/levelek/{id}/html", credential.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("titkos-token")));

		credential.sent(this.now);
		this.outbox.save(credential);

		this.mvc.perform(get("/admin/levelek/{id}", credential.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A levél egyszer használható")))
			.andExpect(content().string(not(containsString("titkos-token"))))
			.andExpect(content().string(not(containsString("<iframe"))));
		this.mvc.perform(get("/admin/levelek/{id}/html", credential.getId())).andExpect(status().isNotFound());
	}

	@Test
	void theOfficeStartPageSaysHowManyMailsFailedAndLeadsToThem() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(content().string(not(containsString("nem sikerült kézbesíteni"))));
		failed("Jelszó visszaállítása", "550 mailbox unavailable", 2);
		OutboxMessage second = failed("Meghívó", "550 mailbox unavailable", 1);

		this.mvc.perform(get("/admin"))
			.andExpect(content().string(containsString("<a href=\"/admin/levelek?allapot=FAILED\">"
					+ "2 levelet nem sikerült kézbesíteni: nézze meg az okát, és küldje újra</a>")));
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", second.getId()).with(csrf()));
		this.mvc.perform(get("/admin"))
			.andExpect(content().string(containsString(">1 levelet nem sikerült kézbesíteni")));
	}

	@Test
	void retryQueuesAFailedMessageForNow() throws Exception {
		OutboxMessage failed = failed("Jelszó visszaállítása", "Connection refused", 1);
		Instant before = Instant.now();

		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", failed.getId()).with(csrf()))
			.andExpect(redirectedUrl("/admin/levelek/" + failed.getId()))
			.andExpect(flash().attribute("flashKey", "mail.message.requeued"));

		OutboxMessage requeued = this.outbox.findById(failed.getId()).orElseThrow();
		assertThat(requeued.getStatus()).isEqualTo(OutboxMessage.Status.QUEUED);
		assertThat(requeued.getNextAttemptAt()).isBetween(before.minusSeconds(1), Instant.now());
		assertThat(requeued.getMessageId()).isEqualTo(failed.getMessageId());
	}

	@Test
	void aSentMessageIsNeverSentAgainAndHasNoRetryButton() throws Exception {
		OutboxMessage sent = sent("Meghívó a 2021-es programra", 1);

		this.mvc.perform(get("/admin/levelek/{id}", sent.getId()))
			.andExpect(content().string(not(containsString("Újraküldés most"))));
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", sent.getId()).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mail.message.alreadySent"));

		assertThat(this.outbox.findById(sent.getId()).orElseThrow().getStatus()).isEqualTo(OutboxMessage.Status.SENT);
	}

	@Test
	void anErasedRecipientsMailsKeepOnlyThatAndWhenTheyWentOutAndUnsentOnesNeverGo() throws Exception {
		String calendar = "BEGIN:VCALENDAR\r\nATTENDEE;CN=Törölt Tódor:mailto:torolt.cimzett@example.hu\r\nEND:VCALENDAR";
		OutboxMessage sent = erasable("torolt.cimzett@example.hu", 3).withExtras(
				Map.of("List-Unsubscribe", "<http://localhost:8080/leiratkozas/torolt-leiratkozo-token>"),
				List.of(new OutgoingMail.Attachment("konferencia.ics", "text/calendar",
						calendar.getBytes(StandardCharsets.UTF_8))));
		sent.sent(this.now);
		sent = this.outbox.save(sent);
		OutboxMessage failed = erasable(" Torolt.Cimzett@Example.HU ", 2);
		while (failed.getStatus() != OutboxMessage.Status.FAILED) {
			failed.failed("550 5.1.1 <torolt.cimzett@example.hu>: mailbox unavailable", this.now);
		}
		failed = this.outbox.save(failed);
		// Waiting for its next attempt: it must never reach the erased person.
		OutboxMessage queued = this.outbox.save(erasable("torolt.cimzett@example.hu", 1));
		OutboxMessage other = sent("Másik címzett levele", 4);
		long campaign = this.jdbc.queryForObject("insert into invitation_campaign (conference_id, subject, body, "
				+ "signature_place, signature_date, sender, status, created_at) values (1, 'Meghívó', 'Szöveg', "
				+ "'Budapest', current_date, 'Iroda', 'SENT', now()) returning id", Long.class);
		String unsubscribeToken = UUID.randomUUID().toString().replace("-", "");
		this.jdbc.update(
				"insert into invitation_recipient (campaign_id, email, ksh_code, outbox_id, unsubscribe_token) "
						+ "values (?, 'torolt.cimzett@example.hu', '13578', ?, ?)",
				campaign, sent.getId(), unsubscribeToken);

		Integer forgotten = this.transaction
			.execute((status) -> this.mailOutbox.forget("  TOROLT.cimzett@example.hu "));

		assertThat(forgotten).isEqualTo(3);
		assertThat(this.outbox.findById(queued.getId())).isEmpty();
		for (OutboxMessage before : List.of(sent, failed)) {
			Map<String, Object> row = this.jdbc.queryForMap("select * from mail_outbox where id = ?", before.getId());
			assertThat(row).containsEntry("recipient", null)
				.containsEntry("subject", null)
				.containsEntry("body_text", null)
				.containsEntry("body_html", null)
				.containsEntry("last_error", null)
				.containsEntry("status", before.getStatus().name())
				.containsEntry("attempts", before.getAttempts())
				.containsEntry("template", "registration/confirmed");
			assertThat(row.get("created_at")).isNotNull();
			assertThat(row.get("forgotten_at")).isNotNull();
		}
		assertThat(this.outbox.findById(sent.getId()).orElseThrow().getSentAt()).isEqualTo(this.now);
		assertThat(this.jdbc.queryForObject(
				"select (select count(*) from mail_outbox_header where message_id = ?) "
						+ "+ (select count(*) from mail_outbox_attachment where message_id = ?)",
				Long.class, sent.getId(), sent.getId()))
			.isZero();
		assertThat(this.outbox.findById(other.getId()).orElseThrow().getRecipient()).isEqualTo("cimzett@example.hu");
		// The campaign still counts its message; the address and its unsubscribe link are
		// gone.
		assertThat(this.jdbc.queryForMap("select email, outbox_id from invitation_recipient where campaign_id = ?",
				campaign))
			.containsEntry("email", null)
			.containsEntry("outbox_id", sent.getId());
		this.mvc.perform(get("/leiratkozas/{token}", unsubscribeToken))
			.andExpect(content().string(not(containsStringIgnoringCase("torolt.cimzett"))));

		this.mvc.perform(get("/admin/levelek"))
			.andExpect(content().string(containsString("Törölt címzett")))
			.andExpect(content().string(containsString("Elküldve: 2")))
			.andExpect(content().string(containsString("Sikertelen: 1")))
			.andExpect(content().string(containsString("Másik címzett levele")))
			.andExpect(content().string(not(containsStringIgnoringCase("torolt.cimzett"))))
			.andExpect(content().string(not(containsString("Törölt Tódor"))));
		this.mvc.perform(get("/admin/levelek/{id}", sent.getId()))
			.andExpect(content().string(containsString("Törölt címzett")))
			.andExpect(content().string(containsString("<h1>Törölt címzettnek küldött levél</h1>")))
			.andExpect(content().string(not(containsStringIgnoringCase("torolt.cimzett"))))
			.andExpect(content().string(not(containsString("Törölt Tódor"))))
			.andExpect(content().string(not(containsString("szemelyes-torolt-token"))));
		this.mvc.perform(get("/admin/levelek/{id}/html", sent.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/levelek/{id}", failed.getId()))
			.andExpect(content().string(not(containsString("Újraküldés most"))))
			.andExpect(content().string(not(containsStringIgnoringCase("torolt.cimzett"))));
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", failed.getId()).with(csrf()))
			.andExpect(flash().attribute("flashKey", "mail.outbox.erased.noRetry"));
		assertThat(this.outbox.findById(failed.getId()).orElseThrow().getStatus())
			.isEqualTo(OutboxMessage.Status.FAILED);
		// Forgetting twice changes nothing.
		Integer again = this.transaction.execute((status) -> this.mailOutbox.forget("torolt.cimzett@example.hu"));
		assertThat(again).isZero();
	}

	@Test
	@WithMockUser(roles = "APPLICANT")
	void applicantsCannotSeeOrTouchTheOutbox() throws Exception {
		OutboxMessage failed = failed("Jelszó visszaállítása", "Connection refused", 1);

		this.mvc.perform(get("/admin/levelek")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/levelek/{id}", failed.getId())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/levelek/{id}/html", failed.getId())).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", failed.getId()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.outbox.findById(failed.getId()).orElseThrow().getStatus())
			.isEqualTo(OutboxMessage.Status.FAILED);
	}

	@Test
	void aRetryWithoutTheFormsCsrfTokenIsRefused() throws Exception {
		OutboxMessage failed = failed("Jelszó visszaállítása", "Connection refused", 1);

		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", failed.getId())).andExpect(status().isForbidden());
	}

	@Test
	void badAddressesAreClientErrorsNeverServerErrors() throws Exception {
		this.mvc.perform(get("/admin/levelek/{id}", 987654321)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/levelek/{id}/html", 987654321)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/levelek/{id}/ujrakuldes", 987654321).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/levelek/abc")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/levelek").param("allapot", "ELVESZETT")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/levelek").param("oldal", "első")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/levelek").param("oldal", "-3")).andExpect(status().isOk());
		this.mvc.perform(get("/admin/levelek").param("oldal", "99999999999")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/admin/levelek").param("oldal", "2147483647")).andExpect(status().isOk());
	}

	private OutboxMessage queued(String subject, int minutesAgo) {
		return this.outbox.save(message(subject, minutesAgo));
	}

	private OutboxMessage sent(String subject, int minutesAgo) {
		OutboxMessage message = message(subject, minutesAgo);
		message.sent(this.now);
		return this.outbox.save(message);
	}

	private OutboxMessage failed(String subject, String error, int minutesAgo) {
		OutboxMessage message = message(subject, minutesAgo);
		while (message.getStatus() != OutboxMessage.Status.FAILED) {
			message.failed(error, this.now);
		}
		return this.outbox.save(message);
	}

	private OutboxMessage message(String subject, int minutesAgo) {
		return new OutboxMessage(messageId(), "cimzett@example.hu", subject, subject + "\n", "<p>" + subject + "</p>",
				"test/hello", this.now.minus(Duration.ofMinutes(minutesAgo)));
	}

	/** A registrant's mail: their name, address and personal link. */
	private OutboxMessage erasable(String recipient, int minutesAgo) {
		return new OutboxMessage(messageId(), recipient, "Regisztrációja megerősítve",
				"Kedves Törölt Tódor!\nhttp://localhost:8080/regisztraciom/szemelyes-torolt-token\n",
				"<p>Kedves Törölt Tódor!</p><a href=\"http://localhost:8080/regisztraciom/szemelyes-torolt-token\">link</a>",
				"registration/confirmed", this.now.minus(Duration.ofMinutes(minutesAgo)));
	}

	private static String messageId() {
		return "<" + UUID.randomUUID() + "@gyakorlattar>";
	}

}
