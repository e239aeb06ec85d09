package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.conference.CalendarFileCheck;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.FreePorts;
import hu.gyakorlattar.shared.HungarianWorkingDays;
import hu.gyakorlattar.shared.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The invitation's whole story in one browser run, as the issue tells it: the office sets
 * up a conference and sends the invitation; a mayor follows the mail's link, registers,
 * confirms, gets the calendar entry; at 10.00 on the working day before the personal link
 * arrives; inside the join window it leads into the meeting and counts as attendance;
 * afterwards the mayor downloads the attendance certificate and anyone can verify it.
 * Time is moved by the test; every page is checked with axe.
 */
@TestPropertySource(
		properties = { "gyakorlattar.mail.poll-interval=PT0.2S", "gyakorlattar.registration.poll-interval=PT0.2S" })
@Import(InvitationStoryBrowserTest.MovableTime.class)
@DirtiesContext
class InvitationStoryBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String MAYOR = "polgarmester@szada.example";

	private static final String MEETING = "https://meet.example.org/tortenet";

	private static final int SMTP_PORT = FreePorts.any();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(SMTP_PORT))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		LocalSmtp.use(properties, SMTP_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	AdjustableClock clock;

	@Test
	void fromTheInvitationToTheCertificate() throws Exception {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		LocalDate day = today.plusDays(10);
		mayorOfSzada();

		// The office sets up the conference and publishes it.
		signInAs(ADMIN, "admin-jelszo-teszt");
		open("/admin/esemenyek/uj");
		this.page.locator("#title").fill("A teljes történet");
		this.page.locator("#date").fill(day.toString());
		this.page.locator("#startTime").fill("10:00");
		this.page.locator("#endTime").fill("12:00");
		this.page.locator("#registrationOpens").fill(today.minusDays(1) + "T09:00");
		this.page.locator("#registrationCloses").fill(day.minusDays(1) + "T12:00");
		this.page.locator("#meetingUrl").fill(MEETING);
		button("Létrehozás").click();
		this.page.waitForURL("**/admin/esemenyek/*");
		checkAccessibility();
		button("Közzététel").click();
		checkAccessibility();
		ConferenceView conference = this.conferences.upcoming()
			.stream()
			.filter((c) -> c.title().equals("A teljes történet"))
			.findFirst()
			.orElseThrow();

		// It writes the invitation and sends it to the mayors of Pest county.
		open("/admin/meghivok");
		this.page.locator("#konferencia").selectOption(Long.toString(conference.id()));
		button("Meghívó írása").click();
		this.page.locator("#subject").fill("Meghívó: A teljes történet");
		button("Meghívó mentése").click();
		this.page.waitForURL(Pattern.compile(".*/admin/meghivok/\\d+$"));
		checkAccessibility();
		button("Címzettek számolása").click();
		checkAccessibility();
		assertThat(this.page.locator("main")).containsText("A meghívó 1 címre megy ki.");
		button("Kiküldés 1 címre").click();
		this.page.waitForURL("**/allapot");
		assertThat(this.page.locator("#stat-sent")).hasText("1",
				new LocatorAssertions.HasTextOptions().setTimeout(20_000));

		// The mayor follows the invitation's link and registers.
		MimeMessage invitation = mailTo(MAYOR, "Meghívó");
		assertThat(invitation.getSubject()).isEqualTo("Meghívó: A teljes történet");
		String registration = path(text(invitation), "/esemenyek/\\d+/regisztracio\\?kampany=\\d+");
		usePage(new Browser.NewContextOptions());
		open(registration);
		this.page.getByLabel("Vezetéknév", exact()).fill("Szadai");
		this.page.getByLabel("Utónév", exact()).fill("Szende");
		this.page.getByLabel("E-mail-cím", exact()).fill(MAYOR);
		this.page.getByLabel("Beosztás", exact()).fill("polgármester");
		this.page.getByLabel("Település", exact()).fill("Szada");
		this.page.getByLabel("Elolvastam az adatkezelési tájékoztatót").check();
		button("Regisztrálok").click();
		assertThat(this.page.locator("h1")).hasText("Nézze meg a postafiókját!");
		checkAccessibility();

		// Confirms from the mail, and the confirmation brings the calendar entry.
		String personal = path(text(mailTo(MAYOR, "Erősítse meg")), "/regisztraciom/[A-Za-z0-9_-]+");
		open(personal);
		button("Regisztrációm megerősítése").click();
		assertThat(this.page.locator("main")).containsText("helye biztosított");
		checkAccessibility();
		assertThat(calendarIn(mailTo(MAYOR, "megerősítve"))).contains("METHOD:PUBLISH", "A teljes történet");

		// At 10.00 on the working day before the personal join link arrives; the
		// meeting's own address never appears in it.
		this.clock.advance(Duration.between(this.clock.instant(), at(HungarianWorkingDays.lastBefore(day), 10, 0)));
		MimeMessage link = mailTo(MAYOR, "Belépési link");
		String join = path(text(link), "/j/[A-Za-z0-9_-]+");
		assertThat(text(link)).doesNotContain(MEETING);
		open(join);
		assertThat(this.page.locator("main")).containsText("böngészőn keresztül is működik");

		// Inside the window the link leads into the meeting and counts as attendance.
		this.clock.advance(Duration.between(this.clock.instant(), at(day, 9, 35)));
		this.page.route(MEETING + "**",
				(route) -> route.fulfill(new Route.FulfillOptions().setContentType("text/html; charset=utf-8")
					.setBody("<!DOCTYPE html><html lang=\"hu\"><head><title>Terem</title></head>"
							+ "<body><main><h1>Virtuális terem</h1></main></body></html>")));
		open(join);
		checkAccessibility();
		assertThat(this.page.locator("main")).containsText("Szadai Szende");
		button("Belépés a konferenciára").click();
		assertThat(this.page.locator("h1")).hasText("Virtuális terem");

		// Afterwards the mayor downloads the certificate, which anyone can verify.
		this.clock.advance(Duration.between(this.clock.instant(), at(day, 12, 30)));
		open(personal);
		checkAccessibility();
		byte[] certificate = Files.readAllBytes(
				this.page
					.waitForDownload(() -> this.page
						.getByRole(AriaRole.LINK,
								new Page.GetByRoleOptions().setName("Részvételi igazolás letöltése (PDF)"))
						.click())
					.path());
		assertThat(new String(certificate, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		String verification = path(pdfText(certificate), "/igazolas/[A-Za-z0-9_-]+");
		open(verification);
		assertThat(this.page.locator("main")).containsText("hiteles");
		assertThat(this.page.locator("main")).containsText("Szadai Szende");
		assertThat(this.page.locator("main")).containsText("A teljes történet");

		// The office sees the attendance.
		usePage(new Browser.NewContextOptions());
		signInAs(ADMIN, "admin-jelszo-teszt");
		open("/admin/esemenyek/" + conference.id() + "/regisztraciok");
		assertThat(this.page.locator("main")).containsText("részt vett");
	}

	private void mayorOfSzada() throws Exception {
		String csv = "ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n"
				+ code("Szada") + ";;Szadai;Szende;nő;" + MAYOR + ";\r\n";
		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.with(user("iroda@gyakorlattar.example").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private String code(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(HungarianFormats.BUDAPEST).toInstant();
	}

	private Locator button(String text) {
		return this.page.locator("button", new Page.LocatorOptions().setHasText(text));
	}

	private static Page.GetByLabelOptions exact() {
		return new Page.GetByLabelOptions().setExact(true);
	}

	/** The newest mail to the address whose subject contains the text. */
	private static MimeMessage mailTo(String recipient, String subject) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> {
			List<MimeMessage> matching = Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
							&& message.getSubject().contains(subject);
				}
				catch (MessagingException ex) {
					return false;
				}
			}).toList();
			return matching.isEmpty() ? null : matching.get(matching.size() - 1);
		}, (message) -> message != null);
	}

	private static String text(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	/** The path of the first link in the text matching the pattern. */
	private static String path(String text, String pathPattern) {
		Matcher link = Pattern.compile("https?://[^/\\s]+(" + pathPattern + ")").matcher(text);
		assertThat(link.find()).as(text).isTrue();
		return link.group(1);
	}

	/** The text of the mail's iCalendar attachment. */
	private static String calendarIn(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.isMimeType("text/calendar")) {
				byte[] ics = part.getInputStream().readAllBytes();
				CalendarFileCheck.checkMailed(part.getContentType(), ics);
				return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
			}
		}
		return "";
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		@Primary
		AdjustableClock adjustableClock() {
			return new AdjustableClock();
		}

	}

}
