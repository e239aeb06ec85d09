package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What anyone sees without signing in: the programme year on the home page, the legal
 * pages, the language switch, keyboard access, the 404 page, and all of it without
 * JavaScript too.
 */
class PublicPagesBrowserTest extends BrowserTest {

	@Test
	void theHomePageShowsThe2021ThemesAndTheSteeringCommittee() {
		Response response = open("/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.page).hasTitle("Főoldal – Gyakorlattár");
		assertThat(this.page.locator("h1")).hasText("Legjobb Önkormányzati Gyakorlatok Programja");
		assertThat(this.page.locator("h2").first()).hasText("Legjobb Önkormányzati Gyakorlatok Programja 2021");
		assertThat(this.page.locator(".cards .card h4")).hasText(new String[] { "Önkormányzati idősellátás",
				"Bűnmegelőzés, közbiztonság", "Társadalmi felzárkózás", "Önkormányzati innovációk" });
		Locator committee = this.page.locator("ul.committee li");
		assertThat(committee).hasCount(11);
		assertThat(committee.filter(new Locator.FilterOptions().setHasText("Autonómia Alapítvány"))).hasCount(1);
		assertThat(this.page.locator("ul.committee")).not().containsText("Autónia");
		assertThat(committee
			.filter(new Locator.FilterOptions().setHasText("Települési Önkormányzatok Országos Szövetsége")))
			.containsText("(TÖOSZ)");
	}

	@Test
	void theFooterLeadsToThePrivacyNoticeAndTheAccessibilityStatementAndCreditsKsh() {
		open("/");
		Locator footer = this.page.locator("footer");
		assertThat(footer.getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Településadatok forrása: KSH (CC BY 4.0)")))
			.hasAttribute("href", "https://www.ksh.hu");

		footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Adatkezelési tájékoztató")).click();
		assertThat(this.page).hasURL(baseUrl() + "/adatkezeles");
		assertThat(this.page.locator("h1")).hasText("Adatkezelési tájékoztató");
		assertThat(this.page.locator("main")).containsText("Nemzeti Adatvédelmi és Információszabadság Hatóság");
		checkAccessibility();

		this.page.locator("footer")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Akadálymentesítési nyilatkozat"))
			.click();
		assertThat(this.page).hasURL(baseUrl() + "/akadalymentesseg");
		assertThat(this.page.locator("h1")).hasText("Akadálymentesítési nyilatkozat");
		assertThat(this.page.locator("main")).containsText("WCAG 2.1 AA");
		checkAccessibility();
	}

	@Test
	void theLegalPagesCanBeOpenedDirectly() {
		assertThat(open("/adatkezeles").status()).isEqualTo(200);
		assertThat(this.page.locator("h1")).hasText("Adatkezelési tájékoztató");
		assertThat(open("/akadalymentesseg").status()).isEqualTo(200);
		assertThat(this.page.locator("h1")).hasText("Akadálymentesítési nyilatkozat");
	}

	@Test
	void switchingToEnglishTranslatesThePageAndTheChoiceIsKept() {
		open("/");
		assertThat(this.page.locator("html")).hasAttribute("lang", "hu");

		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Best Municipal Practices Programme");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator(".cards .card h4").first()).hasText("Municipal elderly care");
		checkAccessibility();

		this.page.locator("footer")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accessibility statement"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Accessibility statement");
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		checkAccessibility();

		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Magyar"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Akadálymentesítési nyilatkozat");
	}

	@Test
	void anEnglishLinkOpensTheHomePageInEnglish() {
		open("/?lang=en");

		assertThat(this.page).hasTitle("Home – Gyakorlattár");
		assertThat(this.page.locator("h1")).hasText("Best Municipal Practices Programme");
		assertThat(this.page.locator("main")).containsText("Steering Committee");
	}

	@Test
	void theSkipLinkIsTheFirstThingTheKeyboardReachesAndJumpsToTheContent() {
		open("/");

		this.page.keyboard().press("Tab");
		Locator focused = this.page.locator(":focus");
		assertThat(focused).hasText("Ugrás a tartalomra");
		assertThat(focused).isInViewport();
		checkAccessibility();

		this.page.keyboard().press("Enter");
		assertThat(this.page).hasURL(baseUrl() + "/#tartalom");
		assertThat(this.page.locator(":focus")).hasAttribute("id", "tartalom");
	}

	@Test
	void anUnknownAddressShowsTheNotFoundPage() {
		Response response = open("/nincs-ilyen-oldal");

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.locator("h1")).hasText("Az oldal nem található");
		this.page
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vissza a főoldalra"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Legjobb Önkormányzati Gyakorlatok Programja");
	}

	@Test
	void everythingWorksWithJavaScriptOff() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));

		open("/");
		assertThat(this.page.locator("ul.committee li")).hasCount(11);
		this.page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Best Municipal Practices Programme");
		checkAccessibility();
		this.page.locator("footer")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Privacy notice"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Privacy notice");
		checkAccessibility();
	}

}
