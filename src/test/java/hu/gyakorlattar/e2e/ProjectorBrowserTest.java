package hu.gyakorlattar.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The projector in the room shows the pinned question and the questions the audience
 * supports most, large and without the site's navigation, and follows a new question
 * without reloading; the page passes axe and the Nu HTML checker.
 */
class ProjectorBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	@Test
	void theProjectorShowsThePinnedAndTheMostSupportedQuestionsLive() {
		// The day after tomorrow: with tomorrow, registration closes at 23.00 today, and
		// a run
		// after 23.00 Budapest time would set up a conference already closed.
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Kivetítős kérdezz-felelek", day, 100, day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Falugondnokság");
		String asker = RegistrantsForQuestionsTests.confirmed(this.context, id, "Kovács", "Kinga");
		String supporter = RegistrantsForQuestionsTests.confirmed(this.context, id, "Tóth", "Tamás");

		Page moderator = this.page;
		signInAs(ADMIN, PASSWORD);
		open("/admin/esemenyek/" + id + "/kerdesek");
		moderator.locator("#autoApprove").check();
		moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beállítások mentése")).click();

		Page participant = anotherBrowser();
		ask(participant, asker, "Hány falugondnok dolgozik a járásban?");
		ask(participant, asker, "Ki fizeti a falugondnoki buszt?");
		participant.navigate("/regisztraciom/" + supporter + "/kerdesek");
		question(participant, "#kerdesek ol.questions li", "Ki fizeti a falugondnoki buszt?")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Támogatom"))
			.click();

		moderator.navigate("/admin/esemenyek/" + id + "/kerdesek");
		question(moderator, "#sor li", "Hány falugondnok dolgozik a járásban?")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kiemelés most"))
			.click();

		open("/admin/esemenyek/" + id + "/kerdesek/kivetito");
		assertThat(moderator.locator(".projector-question")).hasText("Hány falugondnok dolgozik a járásban?");
		assertThat(moderator.locator(".projector-list li").first()).containsText("Ki fizeti a falugondnoki buszt?");
		assertThat(moderator.locator(".projector-list li").first()).containsText("1 szavazat");
		assertThat(moderator.locator("header, nav")).hasCount(0);
		assertThat(moderator.locator("a[href^='/admin']")).hasCount(0);

		// A new question reaches the projector without reloading it.
		ask(participant, supporter, "Lesz a falugondnokoknak továbbképzés?");
		assertThat(moderator.locator(".projector-list")).containsText("Lesz a falugondnokoknak továbbképzés?",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		checkAccessibility();
	}

	/** The list item of this question (not of another whose merge choices name it). */
	private static Locator question(Page page, String items, String text) {
		return page.locator(items)
			.filter(new Locator.FilterOptions()
				.setHas(page.locator(".question-text", new Page.LocatorOptions().setHasText(text))));
	}

	private static void ask(Page participant, String token, String question) {
		participant.navigate("/regisztraciom/" + token + "/kerdesek");
		participant.locator("#text").fill(question);
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kérdés küldése")).click();
		assertThat(participant.locator(".notice")).containsText("Kérdését megkaptuk");
	}

}
