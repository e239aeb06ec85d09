package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.conference.CalendarFileCheck;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.campaign.CampaignsForRegistrationTests;
import hu.gyakorlattar.registration.RegistrationsForTests;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mayor registers for the demo conference three weeks ahead in a real browser, opens
 * the confirmation link from the mail that really arrives, confirms on their personal
 * page and downloads the calendar entry; every page is checked with axe on the way.
 */
@TestPropertySource(properties = { "gyakorlattar.mail.poll-interval=PT0.2S" })
@Import(RegistrationBrowserTest.StoppedTime.class)
@DirtiesContext
class RegistrationBrowserTest extends BrowserTest {

	private static final Pattern PERSONAL_LINK = Pattern.compile("https?://[^/\\s]+(/regisztraciom/[A-Za-z0-9_-]+)");

	private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	AdjustableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	void anEmptyFormOpensWithTheErrorSummaryFocusedLinkingEachField() {
		ConferenceView demo = this.conferences.upcoming()
			.stream()
			.filter((conference) -> conference.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();

		open("/esemenyek/" + demo.id() + "/regisztracio");
		assertThat(this.page.locator(".error-summary")).hasCount(0);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regisztrálok")).click();

		Locator summary = this.page.getByRole(AriaRole.ALERT);
		assertThat(summary).containsText("Hiba történt");
		assertThat(summary).isFocused();
		assertThat(summary.locator("a[href='#familyName']")).hasText("Vezetéknév: Kérjük, töltse ki ezt a mezőt.");
		assertThat(summary.locator("a[href='#privacyNoticeAccepted']")).isVisible();
		assertThat(this.page.getByLabel("Vezetéknév", EXACT)).hasAttribute("aria-invalid", "true");
		checkAccessibility();

		summary.locator("a[href='#email']").click();
		assertThat(this.page.getByLabel("E-mail-cím", EXACT)).isFocused();
	}

	@Test
	void aMayorRegistersConfirmsFromTheMailAndDownloadsTheCalendarEntry() throws Exception {
		ConferenceView demo = this.conferences.upcoming()
			.stream()
			.filter((conference) -> conference.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();

		open("/esemenyek/" + demo.id() + "/regisztracio");
		assertThat(this.page.locator("h1")).containsText("Jó gyakorlatok az önkormányzati idősellátásban");
		this.page.getByLabel("Vezetéknév", EXACT).fill("Kovács");
		this.page.getByLabel("Utónév", EXACT).fill("Anna");
		this.page.getByLabel("E-mail-cím", EXACT).fill("kovacs.anna@bongeszo.example.hu");
		this.page.getByLabel("Beosztás", EXACT).fill("polgármester");
		this.page.getByLabel("Település", EXACT).fill("Szadaa");
		this.page.getByLabel("Elolvastam az adatkezelési tájékoztatót").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regisztrálok")).click();

		// A misspelt municipality: the message next to the field, the suggestions,
		// nothing lost.
		assertThat(this.page.locator("#municipality-error")).containsText("Nincs ilyen nevű település");
		assertThat(this.page.getByLabel("Vezetéknév", EXACT)).hasValue("Kovács");
		checkAccessibility();
		this.page.getByLabel("Település", EXACT).fill("Szada");
		this.page.getByLabel("Elolvastam az adatkezelési tájékoztatót").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regisztrálok")).click();

		assertThat(this.page.locator("h1")).hasText("Nézze meg a postafiókját!");
		checkAccessibility();

		MimeMessage request = awaitMail("kovacs.anna@bongeszo.example.hu");
		assertThat(request.getSubject())
			.isEqualTo("Erősítse meg regisztrációját: Jó gyakorlatok az önkormányzati idősellátásban");
		String body = GreenMailUtil.getBody(request);
		Matcher link = PERSONAL_LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(body).isTrue();
		String personal = link.group(1);

		open(personal);
		assertThat(this.page.locator("main")).containsText("még nincs megerősítve");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Regisztrációm megerősítése")).click();
		assertThat(this.page.locator(".notice")).containsText("megerősítette regisztrációját");
		assertThat(this.page.locator("main")).containsText("helye biztosított");
		assertThat(this.page.locator("main")).containsText("10.15–10.45");
		checkAccessibility();

		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naptárbejegyzés letöltése (.ics)"))
			.click());
		CalendarFileCheck.check(Files.readAllBytes(download.path()));
		String ics = Files.readString(download.path(), StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "Jó gyakorlatok az önkormányzati");

		open(personal + "/adatok");
		assertThat(this.page.getByLabel("Település", EXACT)).hasValue(Pattern.compile("Szada \\(\\d{5}\\)"));
		open(personal + "/lemondas");
		assertThat(this.page.locator("h1")).hasText("Részvétel lemondása");
		open(personal + "/torles");
		assertThat(this.page.locator("h1")).hasText("Adataim törlése");
		open("/regisztraciom/nincs-ilyen");
		assertThat(this.page.locator("h1")).hasText("Ez a link nem érvényes");
	}

	@Test
	void theJoinLinkShowsAButtonOnlyThePressEntersAndTheParticipantGetsAVerifiableCertificate() throws Exception {
		String personal = confirmedRegistrant("Böngészős belépés", "belepes@bongeszo.example.hu", "Belépő", "Bella");
		ConferenceView conference = this.conferences.upcoming()
			.stream()
			.filter((c) -> c.title().equals("Böngészős belépés"))
			.findFirst()
			.orElseThrow();
		this.clock.advance(Duration.between(this.clock.instant(), conference.techHelpFrom()).plusMinutes(5));
		this.page.route("https://meet.example.hu/**", (route) -> route.fulfill(new Route.FulfillOptions()
			.setContentType("text/html; charset=utf-8")
			.setBody(
					"<!DOCTYPE html><html lang=\"hu\"><head><title>Terem</title></head><body><main><h1>Virtuális terem</h1></main></body></html>")));

		open(personal);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A résztvevők nyilvános listája"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).containsText("Résztvevők");
		assertThat(this.page.locator("main table")).containsText("Belépő Bella");
		assertThat(this.page.locator("main")).not().containsText("belepes@bongeszo.example.hu");

		open(personal);
		String join = this.page.locator("form[action^='/j/']").getAttribute("action");
		open(join);
		assertThat(this.page.locator("main")).containsText("Belépő Bella");
		assertThat(this.page.locator("main")).containsText("Böngészős belépés");
		Locator enter = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Belépés a konferenciára"));
		assertThat(enter).isVisible();
		this.mvc.perform(get(personal))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Regisztrációja érvényes")));

		enter.click();
		assertThat(this.page.locator("h1")).hasText("Virtuális terem");
		assertThat(this.page).hasURL(Pattern.compile("^https://meet\\.example\\.hu/.*"));
		this.mvc.perform(get(personal))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Részt vett a konferencián")));

		// After the conference: the certificate from the personal page, and the page its
		// address opens.
		this.clock.advance(Duration.between(this.clock.instant(), conference.endsAt()).plusMinutes(1));
		open(personal);
		Download download = this.page.waitForDownload(() -> this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Részvételi igazolás letöltése (PDF)"))
			.click());
		String text;
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("RÉSZVÉTELI IGAZOLÁS", "Belépő Bella", "Böngészős belépés");
		Matcher verification = Pattern.compile("https?://[^/\\s]+(/igazolas/[A-Za-z0-9_-]+)").matcher(text);
		assertThat(verification.find()).as(text).isTrue();

		open(verification.group(1));
		assertThat(this.page.locator("h1")).hasText("Részvételi igazolás ellenőrzése");
		assertThat(this.page.locator("main")).containsText("hiteles");
		assertThat(this.page.locator("main")).containsText("Belépő Bella");
		assertThat(this.page.locator("main")).containsText("Böngészős belépés");
		Response forged = open("/igazolas/hamisitott-kod");
		assertThat(forged.status()).isEqualTo(404);
		assertThat(this.page.locator("h1")).hasText("Az igazolás nem található");
	}

	/**
	 * Registers through the form, confirms from the mail: answers the personal page's
	 * path.
	 */
	private String confirmedRegistrant(String title, String email, String family, String given) throws Exception {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				title, day, 10, day.minusDays(5).atTime(9, 0), day.atTime(9, 0)));
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", id).with(csrf())
				.param("familyName", family)
				.param("givenName", given)
				.param("email", email)
				.param("post", "jegyző")
				.param("organisation", "Böngésző Egyesület")
				.param("privacyNoticeAccepted", "true")
				.param("listConsent", "true"))
			.andExpect(status().is3xxRedirection());
		String body = GreenMailUtil.getBody(awaitMail(email));
		Matcher link = PERSONAL_LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as(body).isTrue();
		String personal = link.group(1);
		this.mvc.perform(post(personal + "/megerosites").with(csrf())).andExpect(status().is3xxRedirection());
		return personal;
	}

	@Test
	void theOfficeSeesTheRegistrations() {
		ConferenceView demo = this.conferences.upcoming().get(0);
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/esemenyek/" + demo.id() + "/regisztraciok");
		assertThat(this.page.locator("h1")).containsText("Regisztrációk");
		Locator export = this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Letöltés CSV-fájlként"));
		assertThat(export).isVisible();
	}

	@Test
	void theOfficeSeesWhoseJoinLinkWentOutAndSendsOneRegistrantsLinkAgain() throws Exception {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		long id = this.transaction.execute(
				(status) -> ConferencesForRegistrationTests.published(this.conferences, "Belépési linkek a böngészőben",
						today.plusDays(5), 100, today.minusDays(1).atTime(9, 0), today.plusDays(4).atTime(9, 0)));
		RegistrationsForTests.confirmed(this.context, id, "ujrakuldes@linkek.example.hu", null, "Link Egyesület");
		RegistrationsForTests.confirmed(this.context, id, "varakozo@linkek.example.hu", null, "Link Egyesület");

		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/esemenyek/" + id + "/regisztraciok");
		assertThat(this.page.locator("#join-links")).containsText("Elküldve: 0 fő, még hátravan: 2 fő");
		assertThat(this.page.getByRole(AriaRole.COLUMNHEADER,
				new Page.GetByRoleOptions().setName("Belépési link elküldve")))
			.isVisible();
		Locator resent = this.page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("ujrakuldes@linkek.example.hu"));
		Locator other = this.page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("varakozo@linkek.example.hu"));
		assertThat(resent).containsText("még nem");

		resent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link küldése most: Próba Péter"))
			.click();
		assertThat(this.page.locator(".notice")).containsText("A személyes belépési linket elküldtük");
		checkAccessibility();
		assertThat(this.page.locator("#join-links")).containsText("Elküldve: 1 fő, még hátravan: 1 fő");
		assertThat(resent).not().containsText("még nem");
		assertThat(other).containsText("még nem");
		MimeMessage link = await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equals("ujrakuldes@linkek.example.hu")
							&& message.getSubject().startsWith("Belépési link");
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), (message) -> message != null);
		assertThat(link.getSubject()).isEqualTo("Belépési link a konferenciához: Belépési linkek a böngészőben");

		// A second click within the minute sends nothing more.
		resent.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link küldése most: Próba Péter"))
			.click();
		assertThat(this.page.locator(".notice")).containsText("nem küldtük el még egyszer");
		checkAccessibility();
	}

	@Test
	void theOfficeSeesWhereTheRegistrantsComeFromOnAMapInChartsAndDayByDay() {
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests
			.openForRegistration(this.conferences, this.clock, "Statisztika a böngészőben", 100));
		this.transaction.executeWithoutResult((status) -> CampaignsForRegistrationTests.sentAt(this.context, id,
				this.clock.instant().minusSeconds(60)));
		RegistrationsForTests.confirmed(this.context, id, "pecs@statisztika.example.hu", "19415", null);
		RegistrationsForTests.confirmed(this.context, id, "szada@statisztika.example.hu", "21458", null);
		RegistrationsForTests.confirmed(this.context, id, "vendeg@statisztika.example.hu", null, "TÖOSZ");

		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/esemenyek/" + id + "/regisztraciok");
		this.page
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions()
						.setName("Statisztika: vármegyék, jogállás, lakónépesség, regisztrációk időben"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Regisztrációs statisztika: Statisztika a böngészőben");
		checkAccessibility();
		assertThat(this.page.locator("#summary")).containsText("3 fő regisztrált 2 különböző településről");
		assertThat(
				this.page.getByRole(AriaRole.IMG,
						new Page.GetByRoleOptions()
							.setName("Regisztrált települések vármegyénként (Budapest a kerületeivel együtt)")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Vármegyénként"))
			.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Baranya"))).containsText("1");
		assertThat(this.page.locator("figure.timeline .invitation-marker")).containsText("Meghívó");
		this.page.getByText("A napi számok táblázatban").click();
		assertThat(this.page.locator("details table")).isVisible();
		checkAccessibility();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StoppedTime {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

	}

	private static MimeMessage awaitMail(String recipient) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equals(recipient);
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), (message) -> message != null);
	}

}
