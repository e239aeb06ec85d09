package hu.gyakorlattar.campaign;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.programme.ThemesForTests;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Invitation campaigns end to end against the tests' SMTP server and the real outbox
 * sender, one class per use case (writing, sending, sending to many, unsubscribing) in
 * the context of the tests that read mail ({@link TestSmtp}): a selection of mayors
 * receives the letter once, with the RFC 8058 unsubscribe headers; a repeated or
 * concurrent send changes nothing; unsubscribing (one click without a CSRF token, or the
 * page and its confirmation) keeps the address out of later campaigns; every form answers
 * bad input next to the field. Each test starts with five mayors of its own
 * municipalities and an empty mailbox.
 */
@ApplicationTest
@TestSmtp.Used
abstract class InvitationCampaignTest {

	static final Pattern UNSUBSCRIBE = Pattern.compile("<http://localhost:8080/leiratkozas/([A-Za-z0-9_-]{43})>");

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

	static final AtomicInteger THEMES = new AtomicInteger();

	ConferenceView conference;

	@BeforeEach
	void mayorsWithContactsAndAnEmptyMailbox() throws Exception {
		// Mail of an earlier test goes out first, so it cannot be mistaken for this
		// one's; the classes of this context run one after another, so emptying the
		// shared server is theirs to do. Mail due later (queued while a test of the
		// context had moved its clock ahead) does not go out during this test.
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from mail_outbox where status = 'QUEUED' and next_attempt_at <= now()",
					Integer.class) == 0);
		TestSmtp.server().purgeEmailFromAllMailboxes();
		// The demo's, not the next of any other class of the context.
		this.conference = this.conferences.upcoming()
			.stream()
			.filter((conference) -> conference.title().equals("Jó gyakorlatok az önkormányzati idősellátásban"))
			.findFirst()
			.orElseThrow();
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

	/**
	 * A conference of a 2020 theme on Monday 28 December 2020, with the theme's call: a
	 * year before the demo's 2021, so the home page's newest year stays the one the other
	 * tests sharing the context expect.
	 */
	December2020 aDecember2020Conference() {
		String theme = "Klímabarát települések " + THEMES.incrementAndGet();
		long themeId = ThemesForTests.theme(this.programme, 2020, theme);
		long callId = CallsForTests.publishedFor(this.calls, themeId, "Felhívás: " + theme,
				LocalDateTime.of(2020, 9, 1, 9, 0), LocalDateTime.of(2020, 11, 30, 23, 59));
		String title = "Klímabarát önkormányzatok " + THEMES.get();
		long conferenceId = ConferencesForRegistrationTests.publishedInTheme(this.conferences, 2020, themeId, title,
				LocalDate.of(2020, 12, 28), LocalDateTime.of(2020, 1, 5, 9, 0), LocalDateTime.of(2020, 12, 21, 12, 0));
		return new December2020(conferenceId, title, theme, callId);
	}

	record December2020(long conferenceId, String title, String theme, long callId) {

	}

	long createCampaign(long conferenceId, String body) throws Exception {
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

	long createCampaign() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/admin/meghivok").params(letter("Meghívó a konferenciára")).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/meghivok/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A valid letter with this subject; pairs of field and value replace fields. */
	MultiValueMap<String, String> letter(String subject, String... replaced) {
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

	MockHttpServletRequestBuilder send(long id) {
		return post("/admin/meghivok/{id}/kuldes", id).with(admin()).with(csrf());
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("iroda@gyakorlattar.example").roles("ADMIN");
	}

	/** A district of Budapest: a municipality that belongs to no county. */
	MunicipalitySummary aCapitalDistrict() {
		return this.directory.search("Budapest", 50)
			.stream()
			.filter((municipality) -> municipality.status() == LegalStatus.FOVAROSI_KERULET)
			.findFirst()
			.orElseThrow();
	}

	String code(String name) {
		return municipality(name).kshCode();
	}

	String county(String name) {
		return municipality(name).county();
	}

	MunicipalitySummary municipality(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static MimeMessage receivedBy(String address) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> TestSmtp.to(address).stream().findFirst().orElse(null), (message) -> message != null);
	}

	/** The decoded plain-text and HTML parts of a message, one after the other. */
	static String text(Part part) throws Exception {
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

	static String token(MimeMessage message) throws Exception {
		Matcher matcher = UNSUBSCRIBE.matcher(message.getHeader("List-Unsubscribe")[0]);
		assertThat(matcher.matches()).isTrue();
		return matcher.group(1);
	}

}
