package hu.gyakorlattar.account;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A municipality's clerk asks for an applicant account on the public form, and the office
 * approves (a new account with a set-password link, or another municipality for an
 * existing applicant) or refuses with a reason; bad input is named beside its field, and
 * the request's personal data goes with the export, the erasure and the retention period.
 */
@ApplicationTest
class AccountRequestTests {

	/** Where a sent request leads. */
	private static final String SENT = "/palyazoi-fiok/elkuldve";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AccountPersonalData personalData;

	@Autowired
	DecidingAccountRequests deciding;

	@Autowired
	AccountRequestRetention retention;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void badInputIsNamedBesideEachFieldAndNothingIsKept() throws Exception {
		String email = "rossz.igenyles@example.hu";
		this.mvc.perform(post("/palyazoi-fiok").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("accountRequestForm", "familyName", "givenName", "email",
					"municipality", "position"));
		this.mvc.perform(request("nem-cim", "Szada"))
			.andExpect(model().attributeHasFieldErrorCode("accountRequestForm", "email", "MailAddress"));
		// A domain without a dot passes the standard's check, and the approval mail would
		// bounce
		this.mvc.perform(request("kovacs.eva@regec", "Szada"))
			.andExpect(model().attributeHasFieldErrorCode("accountRequestForm", "email", "MailAddress"))
			.andExpect(content().string(containsString("Kérjük, érvényes e-mail-címet adjon meg.")));
		this.mvc.perform(request(email, "Szad"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("accountRequestForm", "municipality",
					"account.request.municipality.unknown"))
			.andExpect(content().string(allOf(containsString("Szada (" + ksh("Szada") + ")"),
					containsString("value=\"Szad\""), containsString("value=\"jegyző\""))));
		this.mvc.perform(request(email, "99999"))
			.andExpect(content().string(containsString("Nincs 99999 KSH-kódú település a helységnévtárban.")));
		assertThat(requestsOf(email)).isZero();
	}

	@Test
	void anApprovedRequestGivesANewAccountWhosePasswordIsSetFromTheMailedLink() throws Exception {
		String email = "Uj.Jegyzo@Domony-Igenyles.example.hu";
		String domony = ksh("Domony");
		this.mvc.perform(request(email, "domony")).andExpect(redirectedUrl(SENT));
		this.mvc.perform(get(SENT))
			.andExpect(content().string(allOf(containsString("Megkaptuk az igénylését"),
					containsString("nem kell újra elküldenie"), not(containsString("<form")))));
		long id = pending("uj.jegyzo@domony-igenyles.example.hu");
		this.mvc.perform(asAdmin(get("/admin/felhasznalok/igenylesek")))
			.andExpect(content().string(allOf(containsString("Igénylő Ilona"), containsString("jegyző"),
					containsString("Domony (" + domony + ")"))));

		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + id + "/jovahagyas")))
			.andExpect(flash().attribute("flashKey", "account.request.approved"));
		AccountView account = this.accounts.findByEmail("uj.jegyzo@domony-igenyles.example.hu").orElseThrow();
		assertThat(account.role()).isEqualTo(Role.APPLICANT);
		assertThat(account.municipalityKshCode()).isEqualTo(domony);
		assertThat(account.activated()).as("no password is ever set or sent for them").isFalse();
		OutboxMessage mail = mailTo("uj.jegyzo@domony-igenyles.example.hu", "account/request-approved");
		assertThat(mail.getSubject()).isEqualTo("Pályázói fiók: Domony");
		Matcher link = Pattern.compile("/jelszo-beallitas/[A-Za-z0-9_-]+").matcher(mail.getBodyText());
		assertThat(link.find()).isTrue();
		this.mvc.perform(get(link.group())).andExpect(content().string(containsString("name=\"password\"")));
		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + id + "/elutasitas")).param("reason", "x"))
			.andExpect(flash().attribute("flashKey", "account.request.decided"));

		this.mvc.perform(get("/fiok/palyazatok").with(user(account.email()).roles("APPLICANT")))
			.andExpect(content().string(containsString("Ön Domony nevében pályázhat.")));
	}

	@Test
	void theOfficeStartPageCountsTheRequestsWaitingAndLeadsToThem() throws Exception {
		long before = waitingOnTheStartPage();
		String email = "varakozo@bag-igenyles.example.hu";
		this.mvc.perform(request(email, "Bag")).andExpect(redirectedUrl(SENT));
		assertThat(waitingOnTheStartPage()).isEqualTo(before + 1);

		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + pending(email) + "/jovahagyas")));
		assertThat(waitingOnTheStartPage()).isEqualTo(before);
	}

	/** The number of requests the office's start page says wait, 0 when it says none. */
	private long waitingOnTheStartPage() throws Exception {
		String page = this.mvc.perform(asAdmin(get("/admin"))).andReturn().getResponse().getContentAsString();
		Matcher waiting = Pattern
			.compile("<a href=\"/admin/felhasznalok/igenylesek\">(\\d+) pályázói fiókigénylés vár döntésre</a>")
			.matcher(page);
		return waiting.find() ? Long.parseLong(waiting.group(1)) : 0;
	}

	@Test
	void anExistingApplicantAsksForAnotherMunicipalityAndKeepsTheFirst() throws Exception {
		String email = "meglevo@tura-igenyles.example.hu";
		this.accounts.invite(new InvitationForm(email, "", "Meglévő", "Mihály", Role.APPLICANT, ksh("Tura")),
				HungarianFormats.HUNGARIAN);
		this.mvc.perform(request(email, "Galgahévíz")).andExpect(redirectedUrl(SENT));
		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + pending(email) + "/jovahagyas")))
			.andExpect(flash().attribute("flashKey", "account.request.approved"));

		assertThat(mailTo(email, "account/request-approved").getBodyText()).contains("/fiok/palyazatok")
			.doesNotContain("/jelszo-beallitas/");
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> this.mvc.perform(get("/fiok/palyazatok").with(user(email).roles("APPLICANT")))
				.andExpect(content().string(allOf(containsString("Ön Tura nevében pályázhat."),
						containsString("Ön Galgahévíz nevében pályázhat.")))));
	}

	@Test
	void aRefusalNeedsAReasonWhichTheClerkIsSentAndAnotherRolesAddressIsNotTurnedIntoAnApplicant() throws Exception {
		String email = "elutasitott@kartal-igenyles.example.hu";
		this.mvc.perform(request(email, "Kartal"));
		long id = pending(email);
		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + id + "/elutasitas")).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-" + id + "-error\""),
					containsString("Írja meg az elutasítás indokát"))));
		this.mvc
			.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + id + "/elutasitas")).param("reason",
					"é".repeat(2001)))
			.andExpect(content()
				.string(allOf(containsString("legfeljebb 2000 karakter"), containsString("é".repeat(2001)))));
		assertThat(pending(email)).as("still waiting").isEqualTo(id);
		this.mvc
			.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + id + "/elutasitas")).param("reason",
					"Kartal jegyzője már rendelkezik fiókkal."))
			.andExpect(flash().attribute("flashKey", "account.request.refused"));
		assertThat(mailTo(email, "account/request-refused").getBodyText())
			.contains("Kartal jegyzője már rendelkezik fiókkal.", "keresse a programirodát")
			// the sender takes no replies here: no reply-to is configured
			.doesNotContain("válaszoljon erre a levélre");
		assertThat(this.accounts.findByEmail(email)).isEmpty();

		String evaluator = "ertekelo@kartal-igenyles.example.hu";
		this.accounts.invite(new InvitationForm(evaluator, "", "Értékelő", "Éva", Role.EVALUATOR, null),
				HungarianFormats.HUNGARIAN);
		this.mvc.perform(request(evaluator, "Kartal"));
		this.mvc.perform(asAdmin(get("/admin/felhasznalok/igenylesek")))
			.andExpect(content().string(containsString("Meglévő fiók")));
		this.mvc.perform(asAdmin(post("/admin/felhasznalok/igenylesek/" + pending(evaluator) + "/jovahagyas")))
			.andExpect(flash().attribute("flashKey", "account.request.otherRole"));
		assertThat(this.accounts.findByEmail(evaluator).orElseThrow().role()).isEqualTo(Role.EVALUATOR);
	}

	@Test
	void theRequestsPersonalDataIsExportedErasedAndPurgedAfterTheRetentionPeriod() throws Exception {
		String email = "adatok@verseg-igenyles.example.hu";
		this.mvc.perform(request(email, "Verseg"));
		this.deciding.approve(pending(email), "iroda@example.hu");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> exported = (List<Map<String, Object>>) this.personalData.personalData(email)
			.get("accountRequests");
		assertThat(exported).singleElement()
			.satisfies((request) -> assertThat(request).containsEntry("position", "jegyző")
				.containsEntry("municipalityKshCode", ksh("Verseg"))
				.containsEntry("status", "APPROVED"));

		this.personalData.erase(this.accounts.findByEmail(email).orElseThrow().id(), "iroda@example.hu");
		assertThat(requestsOf(email)).isZero();

		String old = "regi@verseg-igenyles.example.hu";
		this.mvc.perform(request(old, "Verseg"));
		this.deciding.refuse(pending(old), "Nem önkormányzati cím.", "iroda@example.hu");
		String waiting = "var@verseg-igenyles.example.hu";
		this.mvc.perform(request(waiting, "Verseg"));
		this.jdbc.update("update account_request set requested_at = now() - interval '200 days',"
				+ " decided_at = case when decided_at is null then null else now() - interval '91 days' end"
				+ " where email in (?, ?)", old, waiting);
		this.retention.purge();
		assertThat(requestsOf(old)).isZero();
		assertThat(requestsOf(waiting)).as("an undecided request waits for the office").isOne();
	}

	@Test
	void oneAddressCanSendOnlyAFewRequestsAnHourAndTheAnswerStaysTheSame() throws Exception {
		String email = "sokszor@zsambok-igenyles.example.hu";
		for (int i = 0; i < RequestingAnApplicantAccount.REQUESTS_PER_ADDRESS_PER_HOUR + 2; i++) {
			this.mvc.perform(request(email, "Zsámbok")).andExpect(redirectedUrl(SENT));
		}
		assertThat(requestsOf(email)).isEqualTo(RequestingAnApplicantAccount.REQUESTS_PER_ADDRESS_PER_HOUR);
		this.mvc.perform(asAdmin(get("/admin/felhasznalok/igenylesek")))
			.andExpect(content().string(not(containsString("password"))));
	}

	private MockHttpServletRequestBuilder request(String email, String municipality) {
		return post("/palyazoi-fiok").with(csrf())
			.locale(Locale.forLanguageTag("hu"))
			.param("familyName", "Igénylő")
			.param("givenName", "Ilona")
			.param("email", email)
			.param("municipality", municipality)
			.param("position", "jegyző");
	}

	private long pending(String email) {
		return this.deciding.pending()
			.stream()
			.filter((request) -> request.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private int requestsOf(String email) {
		return this.jdbc.queryForObject("select count(*) from account_request where email = ?", Integer.class, email);
	}

	private OutboxMessage mailTo(String email, String template) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.stream()
			.filter((mail) -> email.equals(mail.getRecipient()) && template.equals(mail.getTemplate()))
			.findFirst()
			.orElseThrow();
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user("iroda@example.hu").roles("ADMIN")).with(csrf());
	}

}
