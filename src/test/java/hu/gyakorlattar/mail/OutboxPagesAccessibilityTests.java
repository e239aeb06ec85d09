package hu.gyakorlattar.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import hu.gyakorlattar.e2e.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The outbox pages pass axe (WCAG 2.1 AA) with every status, the no-SMTP warning and the
 * mail preview on them. Rendered through MockMvc, because the browser cannot sign in as
 * an admin until the account module exists, and shown in Chromium with the site's CSS so
 * that contrast and layout are checked for real.
 */
@WithMockUser(roles = "ADMIN")
class OutboxPagesAccessibilityTests extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxRepository outbox;

	private OutboxMessage failed;

	private OutboxMessage forgotten;

	@BeforeEach
	void anOutboxWithEveryStatus() {
		this.outbox.deleteAllInBatch();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.outbox.save(message("Regisztráció megerősítése", now.minus(Duration.ofMinutes(3))));
		OutboxMessage sent = message("Meghívó a 2021-es programra", now.minus(Duration.ofMinutes(2)));
		sent.sent(now);
		this.outbox.save(sent);
		OutboxMessage failed = message("Jelszó visszaállítása", now.minus(Duration.ofMinutes(1)));
		while (failed.getStatus() != OutboxMessage.Status.FAILED) {
			failed.failed("Mail server connection failed. Failed messages: jakarta.mail.MessagingException: "
					+ "Couldn't connect to host, port: smtp.example.hu, 25; timeout 2000", now);
		}
		this.failed = this.outbox.save(failed);
		OutboxMessage forgotten = message("Regisztrációja megerősítve", now.minus(Duration.ofMinutes(4)));
		forgotten.sent(now);
		forgotten.forget(now);
		this.forgotten = this.outbox.save(forgotten);
	}

	@Test
	void theOutboxPassesAxe() throws Exception {
		openRendered(render("/admin/levelek"));

		assertThat(this.page.locator("h1")).hasText("Kimenő levelek");
		assertThat(this.page.locator("tbody tr")).hasCount(4);
		assertThat(this.page.locator(".badge.failed")).hasText("Sikertelen");
	}

	@Test
	void aFilteredOutboxPassesAxe() throws Exception {
		openRendered(render("/admin/levelek?allapot=SENT"));

		assertThat(this.page.locator("tbody tr")).hasCount(2);
	}

	/**
	 * The office sees the mail as its recipient does: with the mail's own inline styles,
	 * which the page's policy would refuse (MailPreview).
	 */
	@Test
	void theMessagePageWithItsSandboxedPreviewPassesAxeAndShowsTheMailsStyles() throws Exception {
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/levelek/" + this.failed.getId());

		assertThat(this.page.locator("h1")).hasText("Jelszó visszaállítása");
		assertThat(this.page.locator("iframe.mail-html")).hasAttribute("sandbox", "");
		Locator heading = this.page.frameLocator("iframe.mail-html").locator("p").first();
		assertThat(heading).hasText("Gyakorlattár");
		assertThat(heading).hasCSS("font-weight", "700");
		assertThat(heading).hasCSS("color", "rgb(7, 55, 99)");
	}

	@Test
	void theMessagePageOfAnErasedRecipientPassesAxe() throws Exception {
		openRendered(render("/admin/levelek/" + this.forgotten.getId()));

		assertThat(this.page.locator("h1")).hasText("Törölt címzettnek küldött levél");
		assertThat(this.page.locator("iframe")).hasCount(0);
	}

	private String render(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static OutboxMessage message(String subject, Instant createdAt) {
		return new OutboxMessage("<" + UUID.randomUUID() + "@gyakorlattar>", "polgarmester@example.hu", subject,
				"Tisztelt Polgármester Úr!\n\n" + subject + "\n",
				"<!DOCTYPE html><html lang=\"hu\"><head><meta charset=\"utf-8\"><title>" + subject
						+ "</title></head><body><p style=\"font-weight: bold; color: #073763\">Gyakorlattár</p><p>"
						+ subject + "</p><script>document.body.innerHTML = 'feltörve'</script></body></html>",
				"account/password-reset", createdAt);
	}

}
