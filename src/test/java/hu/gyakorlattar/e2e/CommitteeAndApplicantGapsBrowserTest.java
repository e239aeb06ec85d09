package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pages of issue 16's last gaps in a real browser, in Hungarian and in English, every
 * state checked by axe and the Nu HTML checker: an evaluator and a committee member
 * declare a conflict of interest without JavaScript, an applicant chooses the language of
 * their mail on their account page, and the office goes from one approval queue to the
 * other.
 */
class CommitteeAndApplicantGapsBrowserTest extends BrowserTest {

	private static final String PASSWORD = "bongeszo-jelszo-teszt";

	@Test
	void anEvaluatorDeclaresAConflictWithAMunicipalityWithoutJavaScript() {
		String evaluator = "bongeszo.ertekelo@osszeferhetetlen.example.hu";
		aPerson(Role.EVALUATOR, null, evaluator, "Böngésző", "Benedek", PASSWORD);
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		signInAs(evaluator, PASSWORD);
		open("/ertekeles");
		this.page.locator("a[href='/osszeferhetetlenseg']").click();
		assertThat(this.page.locator("h1")).hasText("Összeférhetetlenség bejelentése");
		checkAccessibility();

		this.page.locator("form[action='/osszeferhetetlenseg'] button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText("Válasszon egy pályázatot");
		assertThat(this.page.locator("#note")).hasAttribute("aria-invalid", "true");
		checkAccessibility();

		this.page.locator("#municipality").fill("Péce");
		this.page.locator("#note").fill("A polgármester unokatestvérem.");
		this.page.locator("form[action='/osszeferhetetlenseg'] button[type=submit]").click();
		assertThat(this.page.locator("#municipality-error")).containsText("Nincs ilyen nevű település");
		assertThat(this.page.locator("#note")).hasValue("A polgármester unokatestvérem.");
		checkAccessibility();

		this.page.locator("#municipality").fill("Pécel");
		this.page.locator("form[action='/osszeferhetetlenseg'] button[type=submit]").click();
		assertThat(this.page.locator(".notice")).containsText("rögzítettük");
		assertThat(this.page.locator("table")).containsText("Pécel minden pályázata");
		checkAccessibility();

		open("/osszeferhetetlenseg?lang=en");
		assertThat(this.page.locator("h1")).hasText("Declare a conflict of interest");
		assertThat(this.page.locator("table")).containsText("Every application of Pécel");
		this.page.locator("form[action='/osszeferhetetlenseg'] button[type=submit]").click();
		assertThat(this.page.locator(".error-summary")).containsText("Choose an application or give a municipality.");
		checkAccessibility();
	}

	@Test
	void aCommitteeMemberReachesTheDeclarationFromTheCommitteePages() {
		String member = "bongeszo.tag@osszeferhetetlen.example.hu";
		aPerson(Role.COMMITTEE, null, member, "Böngésző", "Bella", PASSWORD);
		signInAs(member, PASSWORD);
		open("/bizottsagi-ertekeles?lang=en");
		this.page.locator("a[href='/osszeferhetetlenseg']").click();
		assertThat(this.page.locator("h1")).hasText("Declare a conflict of interest");
		checkAccessibility();
		open("/osszeferhetetlenseg?lang=hu");
		this.page.locator("#municipality").fill("Gomba");
		this.page.locator("#note").fill("Ott vagyok képviselő.");
		this.page.locator("#note").press("Tab");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator(".notice")).containsText("rögzítettük");
		checkAccessibility();
	}

	@Test
	void anApplicantChoosesTheLanguageOfTheirMail() {
		String applicant = "bongeszo.palyazo@nyelv.example.hu";
		anApplicantOf("Gomba", applicant, "Böngésző", "Boglárka", PASSWORD);
		signInAs(applicant, PASSWORD);
		open("/fiok");
		assertThat(this.page.locator("#language")).isChecked();
		checkAccessibility();

		this.page.locator("#language-en").check();
		this.page.locator("form[action='/fiok/nyelv'] button[type=submit]").click();
		assertThat(this.page.locator(".notice")).containsText("a választott nyelven");
		checkAccessibility();

		open("/fiok?lang=en");
		assertThat(this.page.locator("#language-en")).isChecked();
		assertThat(this.page.locator("form[action='/fiok/nyelv'] legend"))
			.hasText("Which language should our e-mails be in?");
		checkAccessibility();
	}

	@Test
	void theOfficeGoesFromOneApprovalQueueToTheOther() {
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/felhasznalok/igenylesek");
		this.page.locator("main a[href='/admin/palyazatok/kapcsolatok']").click();
		assertThat(this.page.locator("h1")).hasText("Jóváhagyásra váró pályázók");
		checkAccessibility();
		this.page.locator("main a[href='/admin/felhasznalok/igenylesek']").click();
		assertThat(this.page.locator("h1")).hasText("Pályázói fiókigénylések");
		checkAccessibility();
		open("/admin/palyazatok/kapcsolatok?lang=en");
		checkAccessibility();
	}

}
