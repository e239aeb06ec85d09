package hu.gyakorlattar.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticeTitle;
import hu.gyakorlattar.registration.AttendeesForTests;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * After the conference: an attendee fills in the survey from their personal page (a
 * refused answer first, then a good one), another does it with JavaScript off; the
 * programme office reads the summary and links the talk's answers to a practice. Every
 * page is checked with axe.
 */
class FeedbackBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	PracticeManagement practices;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void attendeesAnswerTheSurveyAndTheOfficeReadsTheSummary() {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).minusDays(1);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Visszatekintő konferencia", day, 100, day.minusDays(20).atTime(9, 0), day.minusDays(1).atTime(9, 0)));
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, "Okos közvilágítás");
		long second = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 30),
				LocalTime.of(11, 0), AgendaItemKind.TALK, "Közösségi kert");
		PracticeTitle practice = this.practices.publishedTitles().get(0);
		String rita = AttendeesForTests.attended(this.context, id, "Résztvevő", "Rita");
		String tamas = AttendeesForTests.attended(this.context, id, "Tóth", "Tamás");

		open("/regisztraciom/" + rita);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rövid kérdőív kitöltése")).click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Visszajelzés a konferenciáról");
		this.page.locator("#rating-" + talk + "-5").check();
		this.page.locator("#rating-" + second + "-3").check();
		this.page.locator("#practiceText").fill("x".repeat(301));
		submit();
		checkAccessibility();
		assertThat(this.page.locator("#practiceText-error")).hasText("Legfeljebb 300 karakter lehet.");
		assertThat(this.page.locator("#rating-" + talk + "-5")).isChecked();
		this.page.locator("#practiceText").fill("");
		this.page.locator("#practiceId").selectOption(new SelectOption().setLabel(practice.title()));
		this.page.locator("#comment").fill("Sok gyakorlati ötletet kaptunk.");
		submit();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("Köszönjük, válaszait mentettük.");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Válaszaim módosítása")))
			.isVisible();

		// Without JavaScript the form works the same.
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/regisztraciom/" + tamas + "/visszajelzes");
		submit();
		checkAccessibility();
		assertThat(this.page.locator(".error-summary")).containsText("Kérjük, válaszoljon legalább egy kérdésre.");
		this.page.locator("#rating-" + talk + "-4").check();
		this.page.locator("#practiceText").fill("Falugondnoki hálózat");
		submit();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("Köszönjük, válaszait mentettük.");
		open("/regisztraciom/hamisitott/visszajelzes");
		assertThat(this.page.locator("h1")).hasText("Ez a link nem érvényes");

		// The office reads the summary, and links the talk's answers to the practice.
		usePage(new Browser.NewContextOptions());
		signInAs(ADMIN, PASSWORD);
		open("/admin/esemenyek/" + id);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Visszajelzések")).click();
		checkAccessibility();
		assertThat(this.page.locator("main")).containsText("2 válasz 2 résztvevőtől");
		assertThat(this.page.locator("table.ratings")).containsText("4,5");
		assertThat(this.page.locator("main")).containsText("Sok gyakorlati ötletet kaptunk.");
		assertThat(this.page.locator("main")).containsText("Falugondnoki hálózat");
		assertThat(this.page.locator("main")).containsText(practice.title());

		open("/admin/esemenyek/" + id + "/kerdesek/gyakorlatok");
		this.page.locator("#agendaItemId").selectOption(new SelectOption().setLabel("Okos közvilágítás"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kapcsolás")).last().click();
		checkAccessibility();
		assertThat(this.page.locator("#itemPracticeId-error")).hasText("Kérjük, válasszon egy közzétett gyakorlatot.");
		this.page.locator("#itemPracticeId").selectOption(new SelectOption().setLabel(practice.title()));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kapcsolás")).last().click();
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("A kapcsolást mentettük.");
		open("/gyakorlatok/" + practice.slug());
	}

	private void submit() {
		this.page.locator("main form button[type=submit]").last().click();
		this.page.waitForLoadState();
	}

}
