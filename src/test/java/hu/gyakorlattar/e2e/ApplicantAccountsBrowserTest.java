package hu.gyakorlattar.e2e;

import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Applicant accounts in a real browser, every page checked by axe and the Nu HTML
 * checker, error states included: a clerk asks for an account without JavaScript, the
 * office refuses one request without a reason and then approves it, and an applicant asks
 * for a second municipality and keeps the first; the applicant's pages run in Hungarian
 * and in English.
 */
class ApplicantAccountsBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	@Autowired
	AccountManagement accounts;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** The clerk asks in Hungarian or in English; the office decides in Hungarian. */
	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "hu", "en" })
	void aClerkAsksForAnAccountWithoutJavaScriptAndTheOfficeDecides(String language) {
		String givenName = language.equals("hu") ? "Borbála" : "Bella";
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		readIn(Locale.forLanguageTag(language));
		open("/belepes");
		this.page.locator("a[href='/palyazoi-fiok']").click();
		assertThat(this.page.locator("h1")).hasText(text("account.request.title"));
		checkAccessibility();

		this.page.locator("form[action='/palyazoi-fiok'] button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText(text("form.errorSummary.title"));
		assertThat(this.page.locator("#familyName")).hasAttribute("aria-invalid", "true");
		checkAccessibility();

		this.page.locator("#familyName").fill("Böngésző");
		this.page.locator("#givenName").fill(givenName);
		this.page.locator("#email").fill("bongeszo." + language + "@pecel-igenyles.example.hu");
		this.page.locator("#municipality").fill("Péce");
		this.page.locator("#position").fill("pályázati referens");
		this.page.locator("form[action='/palyazoi-fiok'] button[type=submit]").click();
		assertThat(this.page.locator("#municipality-error")).containsText(text("account.request.municipality.unknown"));
		assertThat(this.page.locator("ul.suggestions")).containsText("Pécel (" + ksh("Pécel") + ")");
		assertThat(this.page.locator("#position")).hasValue("pályázati referens");
		checkAccessibility();

		this.page.locator("#municipality").fill("Pécel (" + ksh("Pécel") + ")");
		this.page.locator("form[action='/palyazoi-fiok'] button[type=submit]").click();
		assertThat(this.page.locator("h1")).hasText(text("account.requested.title"));
		assertThat(this.page.locator("main form")).hasCount(0);
		checkAccessibility();

		readIn(HungarianFormats.HUNGARIAN);
		usePage(new Browser.NewContextOptions());
		signInAs(ADMIN, PASSWORD);
		open("/admin/felhasznalok");
		this.page.locator("a[href='/admin/felhasznalok/igenylesek']").click();
		checkAccessibility();
		Locator request = this.page.locator("article",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Böngésző " + givenName));
		assertThat(request).containsText("pályázati referens");
		request.locator("button[aria-label='Elutasítás: Böngésző " + givenName + ", Pécel']").click();
		request = this.page.locator("article",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Böngésző " + givenName));
		assertThat(request.locator(".field-error")).containsText("Írja meg az elutasítás indokát");
		checkAccessibility();
		request.locator("button[aria-label='Jóváhagyás: Böngésző " + givenName + ", Pécel']").click();
		assertThat(this.page.locator(".notice")).containsText("jóváhagytuk");
		checkAccessibility();
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "hu", "en" })
	void anApplicantAsksForASecondMunicipalityAndKeepsTheFirst(String language) {
		String email = "ket.telepules." + language + "@bag-bongeszo.example.hu";
		this.transactions.executeWithoutResult((status) -> this.accounts.invite(
				new InvitationForm(email, "", "Kettős", "Kata", Role.APPLICANT, ksh("Bag")),
				HungarianFormats.HUNGARIAN));
		this.jdbc.update("update account set password_hash = ? where email = ?",
				this.passwords.encode("ket-telepules-jelszo-2021"), email);
		readIn(Locale.forLanguageTag(language));
		signInAs(email, "ket-telepules-jelszo-2021");
		open("/fiok/onkormanyzat");
		assertThat(this.page.locator("ul.memberships")).containsText(text("submission.link.status.APPROVED", "Bag"));
		this.page.locator("#q").fill("Tóalmás");
		this.page.locator("form.search-form button[type=submit]").click();
		checkAccessibility();
		this.page.locator("button[aria-label='" + text("submission.link.claim.named", "Tóalmás") + "']").click();
		assertThat(this.page.locator("ul.memberships")).containsText(text("submission.link.status.APPROVED", "Bag"));
		assertThat(this.page.locator("ul.memberships")).containsText(text("submission.link.status.PENDING", "Tóalmás"));
		checkAccessibility();
		open("/fiok/palyazatok");
		assertThat(this.page.locator("h2", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(text("submission.start.title.for", "Bag")))).hasCount(1);
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
