package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.submission.SubmissionsForTests;
import hu.gyakorlattar.submission.UploadedFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call's evaluation in a real browser, every page checked by axe: the office adds an
 * evaluator, assigns the applications and seats the voting committee, the evaluator
 * scores, the committee ranks and decides by vote (one decision in English, the proposal,
 * the vote and the refused vote without a reason), the office publishes the results (the
 * feedback goes out) and turns the winner into a draft practice, and the winning
 * municipality reads its feedback.
 */
class EvaluationBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String ADMIN_PASSWORD = "admin-jelszo-teszt";

	private static final String PASSWORD = "ertekeles-jelszo-2031";

	private static final String EVALUATOR = "ertekelo.bongeszo@example.hu";

	private static final String COMMITTEE = "bizottsag.bongeszo@example.hu";

	private static final String WINNER = "palyazo.pecel@example.hu";

	private static final String RUNNER_UP = "palyazo.gomba@example.hu";

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	MailOutbox outbox;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theOfficeAssignsAnEvaluatorScoresTheCommitteeDecidesAndTheWinnerBecomesAPractice() {
		LocalDateTime now = CallsForTests.budapest(java.time.Instant.now());
		long callId = CallsForTests.published(this.calls, this.programme, "Közösségi közlekedés", now.minusDays(1),
				now.plusDays(30));
		person(EVALUATOR, Role.EVALUATOR, null);
		person(COMMITTEE, Role.COMMITTEE, null);
		person(WINNER, Role.APPLICANT, ksh("Pécel"));
		person(RUNNER_UP, Role.APPLICANT, ksh("Gomba"));
		long winner = SubmissionsForTests.submitted(this.context, callId, WINNER, ksh("Pécel"), "Péceli falubusz",
				List.of(new UploadedFile("falubusz.pdf", "application/pdf",
						"%PDF-1.4 falubusz".getBytes(StandardCharsets.US_ASCII))));
		long runnerUp = SubmissionsForTests.submitted(this.context, callId, RUNNER_UP, ksh("Gomba"),
				"Gombai telekocsi");

		signInAs(ADMIN, ADMIN_PASSWORD);
		open("/admin");
		this.page.locator("a[href='/admin/ertekeles']").click();
		checkAccessibility();
		this.page.locator("a[href='/admin/ertekeles/ertekelok']").click();
		checkAccessibility();
		this.page.locator("form[action$='/ertekelok'] button[type=submit]").click();
		checkAccessibility();
		assertThat(this.page.locator("#email-error")).containsText("válasszon értékelőt");
		this.page.locator("#email").selectOption(EVALUATOR);
		this.page.locator("#home").fill("Gödöllői");
		this.page.locator("form[action$='/ertekelok'] button[type=submit]").click();
		checkAccessibility();
		assertThat(this.page.locator("#home-error")).containsText("Nincs ilyen nevű település");
		this.page.locator("#home").fill("Gödöllő");
		this.page.locator("form[action$='/ertekelok'] button[type=submit]").click();
		assertThat(this.page.locator(".notice")).containsText("elmentettük");
		assertThat(this.page.locator("table")).containsText("Gödöllő");
		checkAccessibility();

		for (long id : new long[] { winner, runnerUp }) {
			open("/bizottsagi-ertekeles/palyazatok/" + id);
			this.page.locator("form[action$='/formai-elfogadas'] button").click();
			assertThat(this.page.locator(".notice")).containsText("befogadtuk");
			checkAccessibility();
		}
		open("/admin/ertekeles/felhivasok/" + callId);
		this.page.locator("#perApplication").fill("1");
		this.page.locator("form[action$='/automatikus-kiosztas'] button").click();
		assertThat(this.page.locator(".notice")).containsText("kiosztottuk");
		checkAccessibility();
		assertThat(this.page.locator("table")).containsText("Teszt Személy (Gödöllő)");
		assertThat(this.page.locator("table")).not().containsText(EVALUATOR);
		this.page.locator("#dueOn").fill(LocalDate.now(HungarianFormats.BUDAPEST).minusDays(1).toString());
		this.page.locator("form[action$='/hatarido'] button").click();
		checkAccessibility();
		assertThat(this.page.locator("#dueOn-error")).containsText("nem lehet a múltban");
		this.page.locator("#dueOn").fill(LocalDate.now(HungarianFormats.BUDAPEST).plusDays(14).toString());
		this.page.locator("form[action$='/hatarido'] button").click();
		assertThat(this.page.locator(".notice")).containsText("A határidőt mentettük");
		checkAccessibility();
		this.page.locator("form#bizottsag button").click();
		checkAccessibility();
		assertThat(this.page.locator("#members-error")).containsText("legalább egy tagot");
		this.page.locator("input[name=members][value='" + COMMITTEE + "']").check();
		this.page.locator("#quorum").selectOption("MORE_THAN_HALF");
		this.page.locator("#majority").selectOption("SIMPLE");
		this.page.locator("form#bizottsag button").click();
		assertThat(this.page.locator(".notice")).containsText("A szavazó bizottságot mentettük");
		checkAccessibility();
		signOut();

		signInAs(EVALUATOR, PASSWORD);
		open("/ertekeles");
		this.page.locator("a", new Page.LocatorOptions().setHasText("Péceli falubusz")).click();
		checkAccessibility();
		assertThat(this.page.locator("#mellekletek a")).hasText("falubusz.pdf");
		this.page.locator("button[value=submit]").click();
		checkAccessibility();
		assertThat(this.page.locator("#score-RELEVANCE-error")).containsText("adjon pontszámot");
		score(5, "Kiváló, más falvakban is bevezethető.");
		open("/ertekeles");
		// The list: the deadline, what is still to score first, what is submitted
		assertThat(this.page.locator("tbody tr").first()).containsText("Gombai telekocsi");
		assertThat(this.page.locator("tbody tr").first()).containsText("Nincs elkezdve");
		assertThat(this.page.locator("thead")).containsText("Határidő");
		checkAccessibility();
		this.page.locator("a", new Page.LocatorOptions().setHasText("Gombai telekocsi")).click();
		score(3, "Ígéretes, de kevés az eredmény.");
		signOut();

		signInAs(COMMITTEE, PASSWORD);
		open("/bizottsagi-ertekeles");
		this.page.locator("a[href='/bizottsagi-ertekeles/felhivasok/" + callId + "']").click();
		checkAccessibility();
		assertThat(this.page.locator("#rangsor tbody tr").first()).containsText("Péceli falubusz");
		assertThat(this.page.locator("#rangsor thead")).containsText("Értékelőnként normalizált");
		this.page.locator("#rangsor a", new Page.LocatorOptions().setHasText("Péceli falubusz")).click();
		checkAccessibility();
		assertThat(this.page.locator("main")).containsText("Kiváló, más falvakban is bevezethető.");
		assertThat(this.page.locator("#pontszamok thead")).containsText("Teszt Személy (Gödöllő)");
		assertThat(this.page.locator("#mellekletek a")).hasText("falubusz.pdf");
		decide("WINNER", "A falubusz a legjobban kidolgozott megoldás.");
		// A committee member who reads the site in English proposes, votes and is refused
		// in English; the pages pass axe and the Nu checker in both languages.
		readIn(Locale.ENGLISH);
		open("/bizottsagi-ertekeles/palyazatok/" + runnerUp);
		decide("NOT_SELECTED", "Érdemes egy év múlva újra pályázni az eredményekkel.");
		readIn(HungarianFormats.HUNGARIAN);
		signOut();

		signInAs(ADMIN, ADMIN_PASSWORD);
		open("/admin/ertekeles/felhivasok/" + callId);
		// Applications may still arrive: the results wait for the deadline
		assertThat(this.page.locator("#kozzetetel-hatarido")).containsText("beadási határideje");
		assertThat(this.page.locator("form[action$='/eredmenyek']")).hasCount(0);
		CallsForTests.deadlinePassed(this.context, callId);
		open("/admin/ertekeles/felhivasok/" + callId);
		this.page.locator("form[action$='/eredmenyek'] button").click();
		assertThat(this.page.locator(".notice")).containsText("közzétettük");
		checkAccessibility();
		assertThat(this.outbox.messages(null, PageRequest.of(0, 200)).stream())
			.anyMatch((mail) -> mail.getRecipient().equals(WINNER)
					&& mail.getSubject().equals("Eredmény és értékelés: Péceli falubusz"))
			.anyMatch((mail) -> mail.getRecipient().equals(RUNNER_UP)
					&& mail.getBodyText().contains("Ígéretes, de kevés az eredmény."));
		open("/bizottsagi-ertekeles/palyazatok/" + winner);
		this.page.locator("form[action$='/gyakorlat'] button").click();
		this.page.waitForURL("**/admin/gyakorlatok/*");
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("gyakorlatvázlat");
		assertThat(this.page.locator("#title")).hasValue("Péceli falubusz");
		assertThat(this.page.locator("a[href='/bizottsagi-ertekeles/palyazatok/" + winner + "']")).hasCount(1);
		signOut();

		signInAs(WINNER, PASSWORD);
		open("/fiok/palyazatok/" + winner);
		assertThat(this.page.locator("main")).containsText("beküldő: Teszt Személy");
		this.page.locator("a[href$='/ertekeles']").click();
		checkAccessibility();
		assertThat(this.page.locator("#eredmeny")).hasText("Legjobb gyakorlat");
		assertThat(this.page.locator("main")).containsText("Kiváló, más falvakban is bevezethető.");
	}

	private void score(int score, String comment) {
		for (CriterionKind kind : CriterionKind.values()) {
			this.page.locator("#score-" + kind).selectOption(String.valueOf(score));
			this.page.locator("#comment-" + kind).fill(comment);
		}
		this.page.locator("button[value=submit]").click();
		assertThat(this.page.locator(".notice")).containsText("beküldtük");
		// The submitted sheet reads as text, not as greyed-out fields
		assertThat(this.page.locator(".given-score")).hasCount(CriterionKind.values().length);
		assertThat(this.page.locator(".given-score").first()).containsText(score + " (1–5)");
		assertThat(this.page.locator(".given-score").first()).containsText(comment);
		assertThat(this.page.locator("main select, main button[value=submit]")).hasCount(0);
		checkAccessibility();
	}

	private void decide(String result, String justification) {
		this.page.locator("#result").selectOption(new SelectOption().setValue(result));
		this.page.locator("#justification").fill(justification);
		this.page.locator("form[action$='/dontes'] button").click();
		assertThat(this.page.locator(".notice")).containsText(text("evaluation.motion.opened"));
		checkAccessibility();
		this.page.locator("input[name=choice][value=NO]").check();
		this.page.locator("form[action$='/szavazat'] button").click();
		checkAccessibility();
		assertThat(this.page.locator("#reason-error")).containsText(text("evaluation.vote.reason.required"));
		this.page.locator("input[name=choice][value=YES]").check();
		this.page.locator("form[action$='/szavazat'] button").click();
		assertThat(this.page.locator(".notice")).containsText(text("evaluation.decided"));
		assertThat(this.page.locator("main")).containsText(text("evaluation.motion.outcome.CARRIED"));
		checkAccessibility();
	}

	private void signOut() {
		this.page.locator("form[action$='/kilepes'] button").click();
		this.page.waitForLoadState();
	}

	/** An account with a password, as if the person had followed the invitation. */
	private void person(String email, Role role, String kshCode) {
		this.transactions.executeWithoutResult((status) -> this.accounts
			.invite(new InvitationForm(email, "", "Teszt", "Személy", role, kshCode), HungarianFormats.HUNGARIAN));
		this.jdbc.update("update account set password_hash = ? where email = ?", this.passwords.encode(PASSWORD),
				email);
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

}
