package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A municipality takes up Szada's practice in a browser: the practice page shows where it
 * has been taken up (the demo's transfers), the applicant starts a transfer, is told next
 * to the field what is missing, moves it on and stops it with a reason, and answers its
 * check-in through the personal link without JavaScript; every page passes axe and the Nu
 * HTML checker.
 */
class TransferBrowserTest extends BrowserTest {

	private static final String APPLICANT = "atvevo.kismaros@example.hu";

	private static final String PASSWORD = "kismarosi-jelszo-2022";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMunicipalityTakesUpAPracticeAndReportsOnItThroughItsLink() {
		anApplicantOf("Kismaros", APPLICANT, "Kismarosi", "Átvevő", PASSWORD);
		open("/gyakorlatok?q=szepkoruak+nappali+klubja");
		this.page.locator("ol.hits h2 a").first().click();
		Locator section = this.page.locator("#atvetel");
		assertThat(section).containsText("Isaszeg");
		assertThat(section).containsText("Ellátott idősek: 34 fő");
		assertThat(section).containsText("Vácrátót");
		checkAccessibility();
		String practicePage = this.page.url();

		signInAs(APPLICANT, PASSWORD);
		open(practicePage);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mi is átvesszük ezt a gyakorlatot"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Mi is átvesszük");
		checkAccessibility();
		this.page.locator("#plan").fill(" ");
		this.page.locator("main form button[type=submit]").click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(this.page.locator("#plan-error")).hasText("Kérjük, töltse ki ezt a mezőt.");
		assertThat(this.page.locator("#contactEmail")).hasValue(APPLICANT);
		checkAccessibility();

		this.page.locator("#plan").fill("A művelődési házban indítjuk, heti két klubnappal.");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".notice")).containsText("Jeleztük a gyakorlat gazdáinak");
		assertThat(this.page.locator("dl.facts")).containsText("mérlegelik");
		checkAccessibility();

		this.page.locator("#status").selectOption("STOPPED");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("#stopReason-error")).hasText("Kérjük, írja le, miért állították le.");
		checkAccessibility();
		this.page.locator("#status").selectOption("RUNNING");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("dl.facts")).containsText("működik");

		open("/fiok/atvetelek");
		assertThat(this.page.locator("main table").first()).containsText("Szépkorúak nappali klubja");
		checkAccessibility();

		String token = this.jdbc.queryForObject("""
				select c.token from transfer_check_in c join transfer t on t.id = c.transfer_id
				where t.contact_email = ? and c.months_after = 6""", String.class, APPLICANT);
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/atvetel-beszamolo/" + token);
		assertThat(this.page.locator("h1")).hasText("Beszámoló 6 hónap után");
		this.page.getByLabel("Ellátott idősek (fő)").fill("sok");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("#value1-error")).containsText("Kérjük, számot írjon");
		checkAccessibility();
		this.page.getByLabel("Ellátott idősek (fő)").fill("12");
		this.page.getByLabel("Egy mondatban: mit tanultak?").fill("A klubvezető személye a döntő.");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".notice")).hasText("Köszönjük a beszámolót!");
		checkAccessibility();
	}

}
