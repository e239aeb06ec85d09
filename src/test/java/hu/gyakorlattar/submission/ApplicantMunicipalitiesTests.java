package hu.gyakorlattar.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An applicant acts for several municipalities and a municipality has several applicants:
 * asking for another municipality never takes the first one's applications away, an
 * application stays in its author's list, and every link in the mails an applicant gets
 * (the results go to every applicant of the municipality) opens for them.
 */
@ApplicationTest
class ApplicantMunicipalitiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicantLinks links;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${gyakorlattar.base-url}")
	String baseUrl;

	@Test
	void askingForASecondMunicipalityKeepsTheFirstAndItsSubmittedApplication() throws Exception {
		String tura = ksh("Tura");
		String galgamacsa = ksh("Galgamácsa");
		String jegyzo = "jegyzo@tura-tobb.example.hu";
		String kollega = "kollega@tura-tobb.example.hu";
		this.transaction.executeWithoutResult((status) -> this.accounts.invite(
				new InvitationForm(jegyzo, "", "Turai", "Teréz", Role.APPLICANT, tura), HungarianFormats.HUNGARIAN));
		long callId = openCall("Több önkormányzat");
		long submitted = SubmissionsForTests.submitted(this.context, callId, jegyzo, tura, "Turai tanyagondnokság");

		this.mvc.perform(as(jegyzo, post("/fiok/onkormanyzat")).param("kshCode", galgamacsa))
			.andExpect(redirectedUrl("/fiok/onkormanyzat"))
			.andExpect(flash().attribute("flashKey", "submission.link.requested"));
		this.mvc.perform(as(jegyzo, post("/fiok/onkormanyzat")).param("kshCode", tura))
			.andExpect(flash().attribute("flashKey", "submission.link.already"));
		this.mvc.perform(as(jegyzo, get("/fiok/onkormanyzat")))
			.andExpect(content().string(allOf(containsString("Ön Tura nevében pályázhat."),
					containsString("Galgamácsa: a programiroda még nem hagyta jóvá"))));
		this.mvc.perform(as(jegyzo, get("/fiok/palyazatok/" + submitted))).andExpect(status().isOk());
		decide(jegyzo, galgamacsa, true);

		this.mvc.perform(as(jegyzo, get("/fiok/palyazatok")))
			.andExpect(content().string(allOf(containsString("Turai tanyagondnokság"),
					containsString("Ön Galgamácsa nevében pályázhat."), containsString("Új pályázat: Galgamácsa"))));
		this.mvc
			.perform(as(jegyzo, post("/fiok/palyazatok")).param("callId", String.valueOf(callId))
				.param("kshCode", galgamacsa))
			.andExpect(redirectedUrlPattern("/fiok/palyazatok/*"));
		this.mvc
			.perform(as(jegyzo, post("/fiok/palyazatok")).param("callId", String.valueOf(callId))
				.param("kshCode", ksh("Zsámbok")))
			.andExpect(flash().attribute("flashKey", "submission.link.notApproved"));
		assertThat(this.submissions.visibleTo(jegyzo)).extracting(SubmissionView::kshCode)
			.containsExactlyInAnyOrder(tura, galgamacsa);

		// A colleague approved for Tura later sees the application too, and the first
		// applicant keeps it whatever happens to their own claims.
		this.links.claim(kollega, tura);
		decide(kollega, tura, true);
		assertThat(this.submissions.visibleTo(kollega)).extracting(SubmissionView::id).containsExactly(submitted);
		assertThat(this.submissions.findForApplicant(jegyzo, submitted)).isPresent();
	}

	@Test
	void theOfficeStartPageCountsTheApplicantsWaitingForApprovalAndLeadsToThem() throws Exception {
		String email = "varakozo@domony-tobb.example.hu";
		this.transaction.executeWithoutResult((status) -> this.accounts.invite(
				new InvitationForm(email, "", "Várakozó", "Vilma", Role.APPLICANT, ksh("Domony")),
				HungarianFormats.HUNGARIAN));
		long before = waitingOnTheStartPage();
		this.mvc.perform(as(email, post("/fiok/onkormanyzat")).param("kshCode", ksh("Aszód")));
		assertThat(waitingOnTheStartPage()).isEqualTo(before + 1);

		decide(email, ksh("Aszód"), false);
		assertThat(waitingOnTheStartPage()).isEqualTo(before);
	}

	/**
	 * The number of applicants the office's start page says wait, 0 when it says none.
	 */
	private long waitingOnTheStartPage() throws Exception {
		String page = this.mvc.perform(get("/admin").with(user("iroda@example.hu").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher waiting = java.util.regex.Pattern
			.compile("<a href=\"/admin/palyazatok/kapcsolatok\">(\\d+) pályázó vár jóváhagyásra")
			.matcher(page);
		return waiting.find() ? Long.parseLong(waiting.group(1)) : 0;
	}

	@Test
	void anAuthorWhoNoLongerActsForTheMunicipalityStillReadsTheirApplicationButCannotChangeIt() throws Exception {
		String kartal = ksh("Kartal");
		String szerzo = "szerzo@kartal-tobb.example.hu";
		long callId = openCall("Szerző olvas");
		this.transaction.executeWithoutResult((status) -> this.accounts.invite(
				new InvitationForm(szerzo, "", "Kartali", "Kornél", Role.APPLICANT, kartal),
				HungarianFormats.HUNGARIAN));
		long draft = this.transaction.execute((status) -> this.submissions.start(szerzo, callId, null).id());
		// No page takes an approval back; an operator removes the access by hand
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.update("delete from submission_applicant where email = ?", szerzo) > 0);
		this.jdbc.update("update account set municipality_ksh_code = ? where email = ?", ksh("Verseg"), szerzo);

		this.mvc.perform(as(szerzo, get("/fiok/palyazatok")))
			.andExpect(content().string(containsString("/fiok/palyazatok/" + draft)));
		this.mvc.perform(as(szerzo, get("/fiok/palyazatok/" + draft)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"action\""))));
		this.mvc.perform(as(szerzo, post("/fiok/palyazatok/" + draft)).param("version", "0").param("title", "Átírás"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOfficeMovingAnAccountToAnotherMunicipalityKeepsTheFirst() throws Exception {
		String isaszeg = ksh("Isaszeg");
		String pecel = ksh("Pécel");
		String email = "koltozo@isaszeg-tobb.example.hu";
		long id = this.transaction.execute(
				(status) -> this.accounts
					.invite(new InvitationForm(email, "", "Isaszegi", "Ildikó", Role.APPLICANT, isaszeg),
							HungarianFormats.HUNGARIAN)
					.id());
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from submission_applicant where email = ? and status = 'APPROVED'", Integer.class,
					email) == 1);

		this.mvc
			.perform(post("/admin/felhasznalok/" + id).with(user("iroda@example.hu").roles("ADMIN"))
				.with(csrf())
				.param("email", email)
				.param("familyName", "Isaszegi")
				.param("givenName", "Ildikó")
				.param("role", "APPLICANT")
				.param("municipalityKshCode", pecel)
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/felhasznalok"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.links.approvedMunicipalities(email)).containsExactlyInAnyOrder(isaszeg,
					pecel));
	}

	@Test
	void everyLinkInTheMailsAnApplicantGetsOpensForThem() throws Exception {
		String hevizgyork = ksh("Hévízgyörk");
		String galgaheviz = ksh("Galgahévíz");
		String applicant = "linkek@hevizgyork-tobb.example.hu";
		String colleague = "kollega@hevizgyork-tobb.example.hu";
		long callId = openCall("Levelek linkjei");
		this.transaction.executeWithoutResult((status) -> {
			this.accounts.invite(new InvitationForm(applicant, "", "Linkes", "Lili", Role.APPLICANT, ksh("Bag")),
					HungarianFormats.HUNGARIAN);
			this.accounts.invite(new InvitationForm(colleague, "", "Kollégás", "Klára", Role.APPLICANT, hevizgyork),
					HungarianFormats.HUNGARIAN);
		});
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from submission_applicant where email = ? and status = 'APPROVED'", Integer.class,
					colleague) == 1);
		this.links.claim(applicant, hevizgyork);
		decide(applicant, hevizgyork, true);
		this.links.claim(applicant, galgaheviz);
		decide(applicant, galgaheviz, false);
		long id = SubmissionsForTests.submitted(this.context, callId, applicant, hevizgyork, "Hévízgyörki kert");
		this.links.claim(applicant, ksh("Aszód"));

		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc
				.perform(post("/bizottsagi-ertekeles/palyazatok/" + id + "/formai-elutasitas")
					.with(user("bizottsag-linkek@example.hu").roles("COMMITTEE"))
					.with(csrf())
					.param("reason", "Hiányzó nyilatkozat."))
				.andExpect(flash().attribute("flashKey", "evaluation.rejected")));
		CallsForTests.deadlinePassed(this.context, callId);
		this.mvc
			.perform(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")
				.with(user("iroda@example.hu").roles("ADMIN"))
				.with(csrf()))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.done"));

		List<String> paths = linksInTheMailsTo(applicant);
		assertThat(mailsTo(applicant)).extracting(OutboxMessage::getTemplate)
			.contains("submission/link-approved", "submission/link-rejected", "submission/submitted",
					"evaluation/feedback");
		assertThat(paths).contains("/fiok/palyazatok/" + id, "/fiok/palyazatok/" + id + "/ertekeles");
		assertOpenFor(applicant, paths);
		// A colleague acting for the municipality gets the results too, and their link
		// opens
		assertThat(mailsTo(colleague)).extracting(OutboxMessage::getTemplate).contains("evaluation/feedback");
		assertThat(linksInTheMailsTo(colleague)).contains("/fiok/palyazatok/" + id + "/ertekeles");
		assertOpenFor(colleague, linksInTheMailsTo(colleague));
	}

	private List<OutboxMessage> mailsTo(String email) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.stream()
			.filter((mail) -> email.equals(mail.getRecipient()))
			.toList();
	}

	private List<String> linksInTheMailsTo(String email) {
		List<String> paths = new ArrayList<>();
		Matcher link = Pattern.compile(Pattern.quote(this.baseUrl) + "(/[^\\s\"<>)]*)").matcher("");
		for (OutboxMessage mail : mailsTo(email)) {
			link.reset(mail.getBodyText() + "\n" + mail.getBodyHtml());
			while (link.find()) {
				paths.add(link.group(1));
			}
		}
		return paths;
	}

	private void assertOpenFor(String applicant, List<String> paths) throws Exception {
		for (String path : paths.stream().distinct().toList()) {
			int status = this.mvc.perform(as(applicant, get(path))).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isBetween(200, 399);
		}
	}

	private void decide(String email, String kshCode, boolean approve) {
		long linkId = this.links.pending()
			.stream()
			.filter((link) -> link.email().equals(email) && link.kshCode().equals(kshCode))
			.findFirst()
			.orElseThrow()
			.id();
		this.transaction.executeWithoutResult((status) -> this.links.decide(linkId, approve, "iroda-tobb@example.hu"));
	}

	private long openCall(String theme) {
		LocalDateTime now = CallsForTests.budapest(this.clock.instant());
		return CallsForTests.published(this.calls, this.programme, theme, now.minusDays(1), now.plusDays(30));
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles("APPLICANT")).with(csrf());
	}

}
