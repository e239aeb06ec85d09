package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.municipality.MunicipalityDirectory;

import hu.gyakorlattar.shared.FreePorts;
import hu.gyakorlattar.shared.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The programme office invites mayors in a real browser: opens the invitations, writes
 * one for the June 2021 conference, previews it for a mayor, sends itself a test, counts
 * and confirms the recipients, and watches the progress page fill as a real SMTP server
 * (GreenMail) receives the mail; then a mayor follows the unsubscribe link. Every page is
 * checked with axe. Its own database and sender, closed after the class.
 */
@TestPropertySource(properties = { "gyakorlattar.mail.poll-interval=PT0.2S" })
@DirtiesContext
class InvitationCampaignBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

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

	@Test
	void theOfficeWritesPreviewsTestsSendsAndWatchesAnInvitation() throws Exception {
		mayors();
		ConferenceView june2021 = this.conferences.past()
			.stream()
			.filter((conference) -> conference.title().equals("Önkormányzati innovációk és jó gyakorlatok"))
			.findFirst()
			.orElseThrow();
		signInAs(ADMIN, "admin-jelszo-teszt");

		open("/admin/meghivok");
		assertThat(this.page.locator("h1")).hasText("Meghívók");
		this.page.locator("#konferencia").selectOption(Long.toString(june2021.id()));
		button("Meghívó írása").click();
		this.page.waitForURL("**/admin/meghivok/uj?konferencia=" + june2021.id());
		checkAccessibility();
		assertThat(this.page.locator("#body")).containsText("Autonómia Alapítvány");

		// An emptied subject is refused next to the field.
		this.page.locator("#subject").fill("");
		button("Meghívó mentése").click();
		checkAccessibility();
		assertThat(this.page.locator("#subject-error")).hasText("Kérjük, töltse ki ezt a mezőt.");
		assertThat(this.page.locator("#subject")).hasAttribute("aria-invalid", "true");

		this.page.locator("#subject").fill("Meghívó: Önkormányzati innovációk és jó gyakorlatok");
		this.page.locator("#signatureDate").fill("2021-06-07");
		button("Meghívó mentése").click();
		this.page.waitForURL(Pattern.compile(".*/admin/meghivok/\\d+$"));
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("A meghívót elmentettük");
		String campaignUrl = this.page.url();

		// The preview shows the letter as the chosen mayor will read it.
		this.page.locator("#cimzett").selectOption(code("Abaliget"));
		button("Előnézet megjelenítése").click();
		checkAccessibility();
		Locator letter = this.page.frameLocator("iframe.mail-html").locator("body");
		assertThat(letter).containsText("Tisztelt Polgármester Úr!");
		assertThat(letter).containsText("10.25–10.55");
		assertThat(letter).containsText("Magyar Dániel, igazgató, Eötvös Loránd Tudományegyetem Innovációs Központ");
		assertThat(letter).containsText("Budapest, 2021. június 7.");

		button("Próbalevél nekem").click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("próbalevelet");
		assertThat(receivedBy(ADMIN).getSubject())
			.isEqualTo("[Próbalevél] Meghívó: Önkormányzati innovációk és jó gyakorlatok");

		// A selection that reaches no one says so before anything is sent.
		this.page.locator("#minPopulation").fill("9000000");
		button("Címzettek számolása").click();
		checkAccessibility();
		assertThat(this.page.locator(".error-summary")).containsText("Ennek a kiválasztásnak nincs címzettje");

		this.page.navigate(campaignUrl);
		button("Címzettek számolása").click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Kiküldés megerősítése");
		assertThat(this.page.locator("main")).containsText("A meghívó 3 címre megy ki.");
		button("Kiküldés 3 címre").click();
		this.page.waitForURL("**/allapot");
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("A kiküldés állása");
		// The page reloads itself (Refresh header) until nothing waits.
		assertThat(this.page.locator("#stat-sent")).hasText("3",
				new LocatorAssertions.HasTextOptions().setTimeout(20_000));
		assertThat(this.page.locator("#stat-queued")).hasText("0");
		assertThat(this.page.locator("#stat-failed")).hasText("0");
		checkAccessibility();

		// A mayor follows the unsubscribe link: the page asks first.
		String unsubscribe = unsubscribeLink(receivedBy("anna@aba.example"));
		usePage(new com.microsoft.playwright.Browser.NewContextOptions());
		open(unsubscribe);
		assertThat(this.page.locator("main")).containsText("anna@aba.example");
		button("Igen, leiratkozom").click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("Leiratkozott");
		open("/leiratkozas/hamis-link-ami-nem-letezik-soha");
		assertThat(this.page.locator("main")).containsText("nem ismerjük");
	}

	private void mayors() throws Exception {
		String csv = "ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n"
				+ code("Aba") + ";;Példa;Anna;nő;anna@aba.example;\r\n" //
				+ code("Abaliget") + ";;Minta;Béla;férfi;bela@abaliget.example;\r\n" //
				+ code("Szada") + ";;Szadai;Szende;;polgarmester@szada.example;\r\n";
		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.with(user("iroda@gyakorlattar.example").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private Locator button(String text) {
		return this.page.locator("button", new Page.LocatorOptions().setHasText(text));
	}

	private String code(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static MimeMessage receivedBy(String address) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
				}
				catch (MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), (message) -> message != null);
	}

	/** The path of the link in the List-Unsubscribe header. */
	private static String unsubscribeLink(MimeMessage message) throws MessagingException {
		Matcher link = Pattern.compile("<http://localhost:8080(/leiratkozas/[A-Za-z0-9_-]+)>")
			.matcher(message.getHeader("List-Unsubscribe")[0]);
		assertThat(link.matches()).isTrue();
		return link.group(1);
	}

}
