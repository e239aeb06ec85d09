package hu.gyakorlattar.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;

import hu.gyakorlattar.shared.LocalSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitation campaigns end to end against a real SMTP server (GreenMail) and the real
 * outbox sender: a selection of mayors receives the letter once, with the RFC 8058
 * unsubscribe headers; a repeated or concurrent send changes nothing; unsubscribing (one
 * click without a CSRF token, or the page and its confirmation) keeps the address out of
 * later campaigns; every form answers bad input next to the field. A database of its own,
 * closed after the class so that its sender stops polling.
 */
@SpringBootTest(properties = { "gyakorlattar.mail.poll-interval=PT0.2S" })
@AutoConfigureMockMvc
@Import(InvitationCampaignTests.SevenRegistrations.class)
@DirtiesContext
class InvitationCampaignTests {

	private static final int SMTP_PORT = LocalSmtp.freePort();

	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("<http://localhost:8080/leiratkozas/([A-Za-z0-9_-]{43})>");

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
	WritingInvitations writing;

	@Autowired
	AddressingCampaigns campaigns;

	@Autowired
	Unsubscriptions unsubscriptions;

	@Autowired
	CampaignProgress progress;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	CallManagement calls;

	@Autowired
	SendingInvitations worker;

	@Autowired
	TransactionTemplate transaction;

	private static final AtomicInteger THEMES = new AtomicInteger();

	ConferenceView conference;

	@BeforeEach
	void mayorsWithContactsAndAnEmptyMailbox() throws Exception {
		// Mail of an earlier test goes out first, so it cannot be mistaken for this
		// one's.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject("select count(*) from mail_outbox where status = 'QUEUED'",
					Integer.class) == 0);
		smtp.purgeEmailFromAllMailboxes();
		this.conference = this.conferences.upcoming().get(0);
		String csv = "ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n"
				+ code("Aba") + ";;Példa;Anna;nő;anna@aba.example;\r\n" //
				+ code("Székesfehérvár") + ";dr.;Fehér;Vár;férfi;Hivatal@Fehervar.example;\r\n" //
				+ code("Abaliget") + ";;Minta;Béla;férfi;bela@abaliget.example;\r\n" //
				+ code("Szada") + ";;Szadai;Szende;;polgarmester@szada.example;\r\n" //
				+ aCapitalDistrict().kshCode() + ";;Kerületi;Kornélia;nő;polgarmester@kerulet.example;\r\n";
		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("flashKey", "municipality.contacts.imported"));
	}

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
			.until(() -> smtp.getReceivedMessagesForDomain("aba.example").length == 1
					&& smtp.getReceivedMessagesForDomain("abaliget.example").length == 0);

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
	void oneClickUnsubscribesWithoutACsrfTokenAndLaterCampaignsLeaveTheAddressOut() throws Exception {
		long first = createCampaign();
		this.mvc.perform(send(first).param("counties", county("Abaliget"))).andExpect(status().is3xxRedirection());
		String token = token(receivedBy("bela@abaliget.example"));

		// What a mail provider posts (RFC 8058): no session, no CSRF token.
		this.mvc
			.perform(post("/leiratkozas/{token}", token).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leiratkozott")));
		this.mvc.perform(post("/leiratkozas/{token}", token).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().isOk());
		assertThat(this.unsubscriptions.isUnsubscribed("bela@abaliget.example")).isTrue();

		long second = createCampaign();
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", second).param("counties", county("Abaliget")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("selectionForm"))
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		this.mvc.perform(send(second).param("counties", county("Abaliget")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		AddressingCampaigns.Reach everyone = this.campaigns.reach(ContactSelection.all());
		assertThat(everyone.unsubscribed()).isGreaterThanOrEqualTo(1);
		this.mvc.perform(send(second)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select email from invitation_recipient where campaign_id = ?", String.class,
				second))
			.isNotEmpty()
			.doesNotContain("bela@abaliget.example");

		this.mvc.perform(get("/admin/meghivok/{id}/allapot", first).with(admin()))
			.andExpect(content().string(containsString("<dd id=\"stat-unsubscribed\">1</dd>")));
	}

	@Test
	void theLinkItselfOnlyAsksAndTheConfirmationUnsubscribes() throws Exception {
		long id = createCampaign();
		this.mvc.perform(send(id).param("counties", county("Szada"))).andExpect(status().is3xxRedirection());
		MimeMessage mail = receivedBy("polgarmester@szada.example");
		assertThat(text(mail)).contains("Tisztelt Polgármester Asszony, Polgármester Úr!");
		String token = token(mail);

		// A link scanner opening the page unsubscribes no one.
		this.mvc.perform(get("/leiratkozas/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("polgarmester@szada.example"),
					containsString("action=\"/leiratkozas/" + token + "/megerosites\""),
					containsString("name=\"_csrf\""))));
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();
		// A post that is not a mail provider's one-click only asks too.
		this.mvc.perform(post("/leiratkozas/{token}", token)).andExpect(status().isBadRequest());
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();
		// The confirmation is an ordinary form: without its token it is refused.
		this.mvc.perform(post("/leiratkozas/{token}/megerosites", token)).andExpect(status().isForbidden());
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();

		this.mvc.perform(post("/leiratkozas/{token}/megerosites", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leiratkozott")));
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isTrue();
		this.mvc.perform(get("/leiratkozas/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Leiratkozott"), not(containsString("megerosites")))));
	}

	@Test
	void forgedOrBrokenLinksGetAFriendlyPage() throws Exception {
		for (String token : List.of("nincs-ilyen-token", "A".repeat(43), "x".repeat(300), "<script>")) {
			this.mvc.perform(get("/leiratkozas/{token}", token))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Ezt a leiratkozási linket nem ismerjük")));
			this.mvc.perform(post("/leiratkozas/{token}", token).param("List-Unsubscribe", "One-Click"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Ezt a leiratkozási linket nem ismerjük")));
			this.mvc.perform(post("/leiratkozas/{token}/megerosites", token).with(csrf()))
				.andExpect(status().isNotFound());
		}
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
		assertThat(test.getSubject()).isEqualTo("Meghívó a konferenciára");
		assertThat(text(test)).contains("Tisztelt Polgármester Asszony!");
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_recipient where campaign_id = ?",
				Integer.class, id))
			.isZero();
	}

	@Test
	void everyFormAnswersBadInputNextToTheField() throws Exception {
		this.mvc.perform(post("/admin/meghivok").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("campaignForm", "conferenceId", "subject", "body",
					"signaturePlace", "signatureDate", "sender"))
			.andExpect(content().string(
					allOf(containsString("id=\"subject-error\""), containsString("Kérjük, töltse ki ezt a mezőt."))));
		this.mvc
			.perform(post("/admin/meghivok")
				.params(letter("x".repeat(201), "body", "y".repeat(20_001), "sender", "z".repeat(301)))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "subject", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "body", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "sender", "Size"));
		this.mvc.perform(
				post("/admin/meghivok").params(letter("Tárgy", "conferenceId", "987654")).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "conferenceId",
					"mail.campaign.conference.unknown"))
			.andExpect(content().string(containsString("Nincs ilyen konferencia")));
		this.mvc
			.perform(post("/admin/meghivok")
				.params(letter("Tárgy", "conferenceId", "nem-szam", "signatureDate", "2021-13-45"))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "conferenceId", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "signatureDate", "typeMismatch"));
		for (String unknown : List.of("987654", "abc", "")) {
			this.mvc.perform(get("/admin/meghivok/uj").param("konferencia", unknown).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nincs ilyen konferencia")));
		}

		long id = createCampaign();
		this.mvc.perform(post("/admin/meghivok/{id}", id).params(letter("")).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "subject", "NotBlank"));
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", "Sehol sincs vármegye").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		this.mvc
			.perform(get("/admin/meghivok/{id}/kuldes", id).param("minPopulation", "5000")
				.param("maxPopulation", "100")
				.with(admin()))
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "maxPopulation",
					"mail.campaign.selection.band"))
			.andExpect(content().string(containsString("A felső határ nem lehet kisebb az alsónál.")));
		this.mvc
			.perform(get("/admin/meghivok/{id}/kuldes", id).param("minPopulation", "sok")
				.param("statuses", "FALU")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "minPopulation", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrors("selectionForm", "statuses"));
		this.mvc.perform(send(id).param("minPopulation", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "minPopulation", "Min"));
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		this.mvc.perform(get("/admin/meghivok/{id}", 987654).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(send(987654)).andExpect(status().isNotFound());
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
	void theNewLetterStartsFromTheInvitationTemplate() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/admin/meghivok/uj").param("konferencia", Long.toString(this.conference.id())).with(admin()))
			.andExpect(status().isOk())
			.andReturn();

		InvitationCampaignForm draft = (InvitationCampaignForm) result.getModelAndView().getModel().get("campaignForm");
		assertThat(draft.conferenceId()).isEqualTo(this.conference.id());
		assertThat(draft.body()).contains("„" + this.conference.title() + "” című online konferenciánkra")
			.doesNotContain("koronavírus");
		assertThat(draft.signaturePlace()).isEqualTo("Budapest");
		assertThat(draft.sender()).isEqualTo("Legjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága");
		assertThat(result.getResponse().getContentAsString()).contains("<textarea id=\"body\"");
	}

	@Test
	void theProposedLetterIsBuiltFromA2026ConferenceNotCopiedFromThe2021One() throws Exception {
		December2026 december = aDecember2026Conference();

		MvcResult result = this.mvc
			.perform(get("/admin/meghivok/uj").param("konferencia", Long.toString(december.conferenceId()))
				.with(admin()))
			.andExpect(status().isOk())
			.andReturn();

		InvitationCampaignForm draft = (InvitationCampaignForm) result.getModelAndView().getModel().get("campaignForm");
		assertThat(draft.subject()).contains(december.title());
		assertThat(draft.body()).contains("„" + december.title() + "” című online konferenciánkra")
			.contains("Időpont: 2026. december 28. (hétfő) 10.00 órától")
			.contains("Témakör: " + december.theme())
			.contains("a program 2026. évi pályázati szakaszát")
			.contains("http://localhost:8080/felhivasok/" + december.callId())
			.contains("Beadási határidő: 2026. november 30. (hétfő) 23.59")
			.contains("Regisztráció: http://localhost:8080/esemenyek/" + december.conferenceId() + "/regisztracio")
			.contains("Regisztrálni 2026. december 21. (hétfő) 12.00-ig lehet.")
			.doesNotContain("2021")
			.doesNotContain("koronavírus")
			.doesNotContain("rendkívüli időket")
			.doesNotContain("júniusában")
			.doesNotContain("legjobbonkormanyzatigyakorlatok.hu");

		// Sent as proposed, it names only the conference's own year and days: no warning.
		long id = createCampaign(december.conferenceId(), draft.body());
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", county("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("A meghívó 2 címre megy ki."),
					not(containsString("datum-figyelmeztetes")), not(containsString("datumokRendben")))));
	}

	@Test
	void aLetterNamingAnotherYearOrDayWarnsAndSendsOnceTheOfficeConfirms() throws Exception {
		December2026 december = aDecember2026Conference();
		long id = createCampaign(december.conferenceId(),
				"A program 2021-es pályázati szakaszának konferenciája 2021. június 22. (kedd) 10.00 órától.\n\n"
						+ "A június 22-én kezdődő konferencia 2026. december 28-án folytatódik.");

		this.mvc.perform(get("/admin/meghivok/{id}", id).with(admin()))
			.andExpect(content()
				.string(allOf(containsString("id=\"datum-figyelmeztetes\""), containsString("nem a konferenciáé"))));
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", county("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nem a konferenciáé (2026. december 28. (hétfő) 10.00)"),
					containsString("<li>2021. június 22</li>"), containsString("<li>2021</li>"),
					containsString("<li>június 22</li>"), not(containsString("<li>2026")),
					containsString("name=\"datumokRendben\""))));

		// Sending without saying the dates are meant shows the warning again, as an
		// error.
		this.mvc.perform(send(id).param("counties", county("Aba")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("A kiküldéshez jelölje be"), containsString("<li>2021. június 22</li>"))));
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		assertThat(smtp.getReceivedMessagesForDomain("aba.example")).isEmpty();

		this.mvc.perform(send(id).param("counties", county("Aba")).param("datumokRendben", "true"))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
			.andExpect(flash().attribute("flashKey", "mail.campaign.sending"));
		assertThat(text(receivedBy("anna@aba.example"))).contains("2021. június 22. (kedd)");
		assertThat(text(receivedBy("hivatal@fehervar.example"))).contains("június 22-én");
	}

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

	private void assertEveryoneGotOneMail(long id, int recipients) {
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
		List<String> received = Arrays.stream(smtp.getReceivedMessages()).map((message) -> {
			try {
				return message.getAllRecipients()[0].toString().toLowerCase(java.util.Locale.ROOT);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).doesNotHaveDuplicates();
	}

	private int pending(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and status = 'PENDING'", Integer.class,
				id);
	}

	private int queued(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and status = 'QUEUED'", Integer.class,
				id);
	}

	/**
	 * Mayors of this many further municipalities, at addresses of their own; answers the
	 * codes, to {@link #forget} them after the test.
	 */
	private List<String> manyMayors(int count) throws Exception {
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
	private void forget(List<String> codes) throws Exception {
		for (String code : codes) {
			this.mvc.perform(post("/admin/telepulesek/{code}/kapcsolattarto-torlese", code).with(admin()).with(csrf()));
		}
	}

	/** A conference of a 2026 theme on Monday 28 December 2026, with the theme's call. */
	private December2026 aDecember2026Conference() {
		String theme = "Klímabarát települések " + THEMES.incrementAndGet();
		long themeId = ThemesForTests.theme(this.programme, 2026, theme);
		long callId = CallsForTests.publishedFor(this.calls, themeId, "Felhívás: " + theme,
				LocalDateTime.of(2026, 9, 1, 9, 0), LocalDateTime.of(2026, 11, 30, 23, 59));
		String title = "Klímabarát önkormányzatok " + THEMES.get();
		long conferenceId = ConferencesForRegistrationTests.publishedInTheme(this.conferences, 2026, themeId, title,
				LocalDate.of(2026, 12, 28), LocalDateTime.of(2026, 1, 5, 9, 0), LocalDateTime.of(2026, 12, 21, 12, 0));
		return new December2026(conferenceId, title, theme, callId);
	}

	record December2026(long conferenceId, String title, String theme, long callId) {

	}

	private long createCampaign(long conferenceId, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/meghivok")
				.params(letter("Meghívó a konferenciára", "conferenceId", Long.toString(conferenceId), "body", body))
				.with(admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long createCampaign() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/meghivok").params(letter("Meghívó a konferenciára")).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/meghivok/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A valid letter with this subject; pairs of field and value replace fields. */
	private MultiValueMap<String, String> letter(String subject, String... replaced) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.set("conferenceId", Long.toString(this.conference.id()));
		form.set("subject", subject);
		form.set("body", "Ezúton meghívjuk Önt.\n\nCélunk, hogy élő tudásbázisként segítsünk.");
		form.set("signaturePlace", "Budapest");
		form.set("signatureDate", "2021-06-07");
		form.set("sender", "Legjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága");
		for (int i = 0; i + 1 < replaced.length; i += 2) {
			form.set(replaced[i], replaced[i + 1]);
		}
		return form;
	}

	private MockHttpServletRequestBuilder send(long id) {
		return post("/admin/meghivok/{id}/kuldes", id).with(admin()).with(csrf());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("iroda@gyakorlattar.example").roles("ADMIN");
	}

	/** A district of Budapest: a municipality that belongs to no county. */
	private MunicipalitySummary aCapitalDistrict() {
		return this.directory.search("Budapest", 50)
			.stream()
			.filter((municipality) -> municipality.status() == LegalStatus.FOVAROSI_KERULET)
			.findFirst()
			.orElseThrow();
	}

	private String code(String name) {
		return municipality(name).kshCode();
	}

	private String county(String name) {
		return municipality(name).county();
	}

	private MunicipalitySummary municipality(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static MimeMessage receivedBy(String address) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
				try {
					return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			}).findFirst().orElse(null), (message) -> message != null);
	}

	/** The decoded plain-text and HTML parts of a message, one after the other. */
	private static String text(Part part) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return part.isMimeType("text/*") ? (String) part.getContent() : "";
	}

	private static String token(MimeMessage message) throws Exception {
		Matcher matcher = UNSUBSCRIBE.matcher(message.getHeader("List-Unsubscribe")[0]);
		assertThat(matcher.matches()).isTrue();
		return matcher.group(1);
	}

	/** Stands in for the registration module, which counts registrations per campaign. */
	@TestConfiguration(proxyBeanMethods = false)
	static class SevenRegistrations {

		@Bean
		@Primary
		CampaignResponses sevenRegistrations() {
			return (campaignId) -> 7;
		}

	}

}
