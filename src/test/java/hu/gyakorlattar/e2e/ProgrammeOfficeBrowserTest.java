package hu.gyakorlattar.e2e;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The programme office at work in a real browser: signs in by keyboard, sets up a
 * programme year, invites an evaluator, looks at the outbox, and every page it passes is
 * checked with axe, error states included.
 */
class ProgrammeOfficeBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOfficeSignsInByKeyboardAlone() {
		open("/belepes");
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");
		// The skip link moves focus to the content; from there the form is reached by Tab
		this.page.locator("#username").focus();
		this.page.keyboard().type(ADMIN);
		this.page.keyboard().press("Tab");
		this.page.keyboard().type(PASSWORD);
		this.page.keyboard().press("Enter");
		this.page.waitForURL("**/admin");
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Adminisztráció");
		assertThat(this.page.locator("#teendok")).hasText("Teendők");
	}

	@Test
	void aFailedSignInSaysSoWithoutTellingWhy() {
		signInAs("senki@example.hu", "rossz jelszo 123");
		checkAccessibility();
		assertThat(this.page.locator(".error-summary")).containsText("Hibás e-mail-cím vagy jelszó");
		assertThat(this.page.locator("#username")).hasAttribute("aria-invalid", "true");
	}

	@Test
	void theOfficeSetsUpAProgrammeYear() {
		signInAs(ADMIN, PASSWORD);
		open("/admin");
		this.page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Programévek"))
			.first()
			.click();
		checkAccessibility();

		// A form sent empty explains every problem next to its field
		this.page
			.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Programév létrehozása"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator("#year-error")).hasText("Kérjük, adja meg ezt az adatot.");
		assertThat(this.page.locator("#titleHu-error")).hasText("Kérjük, töltse ki ezt a mezőt.");
		assertThat(this.page.locator("#year")).hasAttribute("aria-describedby", "year-error");

		this.page.locator("#year").fill("2019");
		this.page.locator("#titleHu").fill("LÖGY 2019");
		this.page
			.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Programév létrehozása"))
			.click();
		this.page.waitForURL("**/admin/ciklusok/2019");
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("létrehoztuk");

		Locator themeForm = this.page.locator("form",
				new com.microsoft.playwright.Page.LocatorOptions().setHas(this.page.locator("button",
						new com.microsoft.playwright.Page.LocatorOptions().setHasText("Témakör hozzáadása"))));
		themeForm.locator("#nameHu").fill("Klímaalkalmazkodás");
		themeForm.locator("#prizeSponsor").fill("Belügyminisztérium");
		themeForm.locator("button").click();
		assertThat(this.page.locator("#temak + .table-scroll table")).containsText("Klímaalkalmazkodás");

		this.page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Klímaalkalmazkodás"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Klímaalkalmazkodás");
	}

	@Test
	void theOfficeInvitesAnEvaluatorAndSeesTheMailInTheOutbox() {
		signInAs(ADMIN, PASSWORD);
		open("/admin/felhasznalok");
		Locator invitation = this.page.locator("form[action$='/admin/felhasznalok']");
		invitation.locator("#email").fill("szakerto.gizella@example.hu");
		invitation.locator("#familyName").fill("Szakértő");
		invitation.locator("#givenName").fill("Gizella");
		invitation.locator("#role").selectOption("EVALUATOR");
		invitation.locator("button").click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).hasText("A meghívót elküldtük.");
		assertThat(this.page.locator("table")).containsText("Szakértő Gizella");

		this.page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Szakértő Gizella"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator("button",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Meghívó újraküldése")))
			.isVisible();

		open("/admin/levelek");
		assertThat(this.page.locator("table")).containsText("szakerto.gizella@example.hu");
		assertThat(this.page.locator("table")).containsText("Meghívó a Gyakorlattárba");

		// Gizella follows the link of her invitation, sets a password and signs in
		String mail = this.jdbc.queryForObject(
				"select body_text from mail_outbox where recipient = 'szakerto.gizella@example.hu'", String.class);
		Matcher link = Pattern.compile("/jelszo-beallitas/[A-Za-z0-9_-]+").matcher(mail);
		org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
		submit(this.page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Kilépés")));
		open(link.group());
		assertThat(this.page.locator("main")).containsText("Szakértő Gizella");
		this.page.locator("#password").fill("Gizella jelszava 2026");
		this.page.locator("#passwordAgain").fill("Gizella jelszava 2026");
		this.page.locator("main form button").click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("Most beléphet");
		signInAs("szakerto.gizella@example.hu", "Gizella jelszava 2026");
		// An evaluator starts from the applications to evaluate
		this.page.waitForURL("**/ertekeles");
		checkAccessibility();
		open("/fiok");
		assertThat(this.page.locator("dl.facts")).containsText("értékelő szakértő");
		assertThat(this.page.locator("dl.facts")).containsText("Ez az első belépése.");
		checkAccessibility();
		assertThat(this.page.locator("header")).not().containsText("Adminisztráció");
	}

	@Test
	void theOfficeEditsASteeringCommitteeMember() {
		signInAs(ADMIN, PASSWORD);
		open("/admin/ciklusok/2021");
		this.page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Autonómia Alapítvány"))
			.click();
		checkAccessibility();
		this.page.locator("#organisationHu").fill("");
		this.page.locator("main form button").click();
		checkAccessibility();
		assertThat(this.page.locator("#organisationHu-error")).hasText("Kérjük, töltse ki ezt a mezőt.");
		this.page.locator("#organisationHu").fill("Autonómia Alapítvány");
		this.page.locator("#abbreviation").fill("AA");
		this.page.locator("main form button").click();
		assertThat(this.page.locator(".notice")).hasText("A változásokat elmentettük.");
	}

	@Test
	void passwordPagesAreUsableAndHonest() {
		open("/jelszo-emlekezteto");
		this.page.locator("#email").fill("valaki@example.hu");
		this.page.locator("main form button").click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("Ha a megadott címhez tartozik fiók");

		open("/jelszo-beallitas/lejart-vagy-hamis-link");
		assertThat(this.page.locator("h1")).hasText("A link már nem érvényes");

		signInAs(ADMIN, PASSWORD);
		open("/fiok/jelszo");
		this.page.locator("#currentPassword").fill("nem ez");
		this.page.locator("#newPassword").fill("egy hosszu uj jelszo");
		this.page.locator("#newPasswordAgain").fill("egy hosszu uj jelszo");
		this.page.locator("main form button").click();
		checkAccessibility();
		assertThat(this.page.locator("#currentPassword-error")).hasText("A jelenlegi jelszó nem megfelelő.");
		assertThat(this.page.locator("#currentPassword")).hasAttribute("aria-invalid", "true");
	}

	@Test
	void theOfficePagesSpeakEnglishToo() {
		signInAs(ADMIN, PASSWORD);
		open("/admin?lang=en");
		assertThat(this.page.locator("#teendok")).hasText("To do");
		checkAccessibility();
		for (String path : new String[] { "/admin", "/admin/ciklusok", "/admin/ciklusok/2021", "/admin/felhasznalok",
				"/admin/levelek", "/admin/telepulesek", "/fiok", "/fiok/jelszo" }) {
			open(path);
			if (path.equals("/fiok")) {
				assertThat(this.page.locator("dl.facts")).containsText("Previous sign-in");
				checkAccessibility();
			}
			assertThat(this.page.locator("html")).hasAttribute("lang", "en");
			assertThat(this.page.locator("body")).not().containsText("??");
		}
		assertThat(this.page.locator("h1")).hasText("Change password");
	}

	@Test
	void signingOutReturnsToThePublicSite() {
		signInAs(ADMIN, PASSWORD);
		this.page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Kilépés")).click();
		this.page.waitForURL("**/?kilepett");
		assertThat(this.page.locator("header")).containsText("Belépés");
		assertThat(this.page.locator("header")).not().containsText("Adminisztráció");
	}

}
