package hu.gyakorlattar.e2e;

import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A municipality takes up Szada's practice in a browser, in Hungarian and in English: the
 * practice page shows where it has been taken up (the demo's transfers), the applicant
 * starts a transfer, is told next to the field what is missing, moves it on and stops it
 * with a reason, and answers its check-in through the personal link without JavaScript;
 * every page passes axe and the Nu HTML checker.
 */
class TransferBrowserTest extends BrowserTest {

	private static final String PASSWORD = "kismarosi-jelszo-2022";

	/** Each run's own municipality: a municipality takes a practice up once. */
	private static final Map<String, String> MUNICIPALITY = Map.of("hu", "Kismaros", "en", "Zebegény");

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "hu", "en" })
	void aMunicipalityTakesUpAPracticeAndReportsOnItThroughItsLink(String language) {
		String applicant = "atvevo." + language + ".kismaros@example.hu";
		anApplicantOf(MUNICIPALITY.get(language), applicant, "Kismarosi", "Átvevő", PASSWORD);
		readIn(Locale.forLanguageTag(language));
		String practicePage = "/gyakorlatok/" + this.jdbc.queryForObject(
				"select slug from practice where status = 'PUBLISHED' and title like 'Szépkorúak nappali klubja%' order by id limit 1",
				String.class);
		open(practicePage);
		Locator section = this.page.locator("#atvetel");
		assertThat(section).containsText("Isaszeg");
		assertThat(section).containsText("Ellátott idősek: 34 fő");
		assertThat(section).containsText("Vácrátót");

		signInAs(applicant, PASSWORD);
		open(practicePage);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("transfer.section.start"))).click();
		assertThat(this.page.locator("h1")).hasText(text("transfer.start.title"));
		checkAccessibility();
		this.page.locator("#plan").fill(" ");
		this.page.locator("main form button[type=submit]").click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(this.page.locator("#plan-error")).hasText(text("NotBlank"));
		assertThat(this.page.locator("#contactEmail")).hasValue(applicant);
		checkAccessibility();

		this.page.locator("#plan").fill("A művelődési házban indítjuk, heti két klubnappal.");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".notice")).containsText(text("transfer.started"));
		assertThat(this.page.locator("dl.facts")).containsText(text("transfer.status.CONSIDERING"));
		checkAccessibility();

		this.page.locator("#status").selectOption("STOPPED");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("#stopReason-error")).hasText(text("transfer.stopReason.required"));
		checkAccessibility();
		this.page.locator("#status").selectOption("RUNNING");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("dl.facts")).containsText(text("transfer.status.RUNNING"));

		open("/fiok/atvetelek");
		assertThat(this.page.locator("main table").first()).containsText("Szépkorúak nappali klubja");
		checkAccessibility();

		String token = this.jdbc.queryForObject("""
				select c.token from transfer_check_in c join transfer t on t.id = c.transfer_id
				where t.contact_email = ? and c.months_after = 6""", String.class, applicant);
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/atvetel-beszamolo/" + token);
		assertThat(this.page.locator("h1")).hasText(text("transfer.checkIn.title", 6));
		this.page.getByLabel(text("transfer.checkIn.valueWithUnit", "Ellátott idősek", "fő")).fill("sok");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator("#value1-error")).containsText(text("transfer.checkIn.value.number"));
		checkAccessibility();
		this.page.getByLabel(text("transfer.checkIn.valueWithUnit", "Ellátott idősek", "fő")).fill("12");
		this.page.getByLabel(text("transfer.checkIn.lessons")).fill("A klubvezető személye a döntő.");
		this.page.locator("main form button[type=submit]").click();
		assertThat(this.page.locator(".notice")).hasText(text("transfer.checkIn.saved"));
		checkAccessibility();
	}

}
