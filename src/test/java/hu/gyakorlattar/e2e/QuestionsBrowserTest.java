package hu.gyakorlattar.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import com.microsoft.playwright.Browser;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A conference's Q&A run in several browsers at once: a participant asks and votes from
 * their personal link while the moderator approves, pins, answers and hides in another
 * and the projector shows the room; each sees the others' changes without reloading, also
 * after the server ended their live streams. Without JavaScript the participant's page
 * shows the approved questions when reloaded. Every page is checked with axe.
 */
class QuestionsBrowserTest extends BrowserTest {

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
	void aParticipantAndTheModeratorRunTheQAndATogether() {
		// The day after tomorrow: with tomorrow, registration closes at 23.00 today, and
		// a run
		// after 23.00 Budapest time would set up a conference already closed.
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Élő kérdezz-felelek", day, 100, day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0), LocalTime.of(10, 30),
				AgendaItemKind.TALK, "Idősgondozás falun");
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 30), LocalTime.of(10, 45),
				AgendaItemKind.QUESTIONS, "Kérdések, válaszok, felvetések");
		String token = RegistrantsForQuestionsTests.confirmed(this.context, id, "Nagy", "Nóra");

		Page participant = this.page;
		open("/regisztraciom/" + token);
		participant
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Kérdések a konferencián: kérdezzen, szavazzon"))
			.click();
		checkAccessibility();
		participant.locator("#agendaItemId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("10.00 – Idősgondozás falun"));
		participant.locator("#text").fill("x".repeat(501));
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kérdés küldése")).click();
		checkAccessibility();
		assertThat(participant.locator("#text-error")).hasText("Legfeljebb 500 karakter lehet.");
		participant.locator("#text").fill("Hogyan <b>finanszírozták</b> a házi segítségnyújtást?");
		participant.locator("#anonymous").check();
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kérdés küldése")).click();
		checkAccessibility();
		assertThat(participant.locator(".notice")).containsText("Kérdését megkaptuk");
		assertThat(participant.locator("#kerdesek")).containsText("Jóváhagyásra vár");

		// The moderator, in another browser, approves it; the participant's page follows.
		Page moderator = anotherBrowser();
		this.page = moderator;
		signInAs(ADMIN, PASSWORD);
		Page projector = moderator.context().newPage();
		projector.navigate("/admin/esemenyek/" + id + "/kerdesek/kivetito");
		open("/admin/esemenyek/" + id + "/kerdesek");
		Locator awaiting = moderator.locator("section", new Page.LocatorOptions().setHas(
				moderator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Jóváhagyásra vár (1)"))));
		assertThat(awaiting).containsText("Hogyan <b>finanszírozták</b> a házi segítségnyújtást?");
		assertThat(awaiting).containsText("Nagy Nóra");
		awaiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jóváhagyás")).click();
		checkAccessibility();

		this.page = participant;
		Locator open = participant.locator("#kerdesek ol.questions");
		assertThat(open).containsText("Hogyan <b>finanszírozták</b> a házi segítségnyújtást?",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(open).containsText("Név nélkül");
		checkAccessibility();
		assertThat(projector.locator(".projector-list")).containsText(
				"Hogyan <b>finanszírozták</b> a házi segítségnyújtást?",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

		// The asker's own question takes no vote from them; another participant votes and
		// the moderator's queue follows.
		assertThat(open).containsText("Az Ön kérdése");
		assertThat(open.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Támogatom"))).hasCount(0);
		Page voter = anotherBrowser();
		this.page = voter;
		open("/regisztraciom/" + RegistrantsForQuestionsTests.confirmed(this.context, id, "Szabó", "Szilvia")
				+ "/kerdesek");
		Locator vote = voter.locator("#kerdesek ol.questions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Támogatom"));
		String voteId = vote.getAttribute("id");
		vote.focus();

		// Pinned meanwhile: the projector and the participants' pages show it as the
		// current one, and the live update of the voter's list leaves the keyboard focus
		// on the button it was on.
		this.page = moderator;
		moderator.locator("#sor")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Kiemelés most"))
			.click();
		checkAccessibility();
		assertThat(voter.locator(".pinned")).containsText("finanszírozták",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(voter.locator("#" + voteId)).isFocused();
		this.page = voter;
		voter.keyboard().press("Enter");
		assertThat(voter.locator(".notice")).containsText("Szavazatát rögzítettük.");
		checkAccessibility();
		assertThat(voter.locator("#kerdesek ol.questions")).containsText("Ön támogatja");
		assertThat(moderator.locator("#sor")).containsText("1 szavazat",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		this.page = moderator;
		assertThat(participant.locator(".pinned")).containsText("finanszírozták",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		open("/admin/esemenyek/" + id + "/kerdesek/kivetito");
		assertThat(moderator.locator(".projector-question"))
			.hasText("Hogyan <b>finanszírozták</b> a házi segítségnyújtást?");
		open("/admin/esemenyek/" + id + "/levezetes");
		assertThat(moderator.locator("#allapot")).containsText("Kérdések, válaszok, felvetések");

		// Answered with a written answer: the participant sees it without reloading.
		open("/admin/esemenyek/" + id + "/kerdesek");
		moderator.locator("#sor summary", new Page.LocatorOptions().setHasText("Megválaszolva")).first().click();
		moderator.locator("#sor textarea[name=answer]")
			.first()
			.fill("Pályázati forrásból és a község költségvetéséből.");
		moderator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Megválaszoltnak jelölöm"))
			.first()
			.click();
		checkAccessibility();
		assertThat(participant.locator("#kerdesek")).containsText("Pályázati forrásból és a község költségvetéséből.",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		this.page = participant;
		checkAccessibility();

		// The server ends every live stream, as when a stream's time is up (or a paused
		// test context): the pages reconnect by themselves. A question approved
		// meanwhile,
		// and then hidden, reaches the participant's page and the projector.
		String second = "Mennyibe kerül egy ellátott naponta?";
		participant.locator("#text").fill(second);
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kérdés küldése")).click();
		assertThat(participant.locator(".notice")).containsText("Kérdését megkaptuk");
		ConfigurableApplicationContext application = (ConfigurableApplicationContext) this.context;
		application.pause();
		application.restart();
		question(moderator, second).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jóváhagyás"))
			.click();
		assertThat(participant.locator("#kerdesek ol.questions")).containsText(second,
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(projector.locator(".projector-list")).containsText(second,
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		question(moderator, second).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Elrejtés"))
			.click();
		assertThat(participant.locator("#kerdesek")).containsText("Még nincs jóváhagyott kérdés.",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(projector.locator(".projector")).not()
			.containsText(second, new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

		// A forged link: a clear page.
		open("/regisztraciom/hamisitott/kerdesek");
		assertThat(participant.locator("h1")).hasText("Ez a link nem érvényes");
	}

	@Test
	void withoutJavaScriptTheParticipantsPageShowsTheApprovedQuestionsWhenReloaded() {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Kérdezz-felelek szkript nélkül", day, 100, day.minusDays(10).atTime(9, 0),
				day.minusDays(1).atTime(23, 0)));
		String token = RegistrantsForQuestionsTests.confirmed(this.context, id, "Szabó", "Szilvia");
		String text = "Hogyan jut el a falubusz a tanyákra?";

		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		Page participant = this.page;
		open("/regisztraciom/" + token + "/kerdesek");
		participant.locator("#text").fill(text);
		participant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kérdés küldése")).click();
		assertThat(participant.locator(".notice")).containsText("Kérdését megkaptuk");
		assertThat(participant.locator("#kerdesek ol.questions")).hasCount(0);
		checkAccessibility();

		Page moderator = anotherBrowser();
		this.page = moderator;
		signInAs(ADMIN, PASSWORD);
		open("/admin/esemenyek/" + id + "/kerdesek");
		question(moderator, text).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Jóváhagyás"))
			.click();
		assertThat(moderator.locator(".notice")).containsText("A kérdés megjelent a listában.");

		this.page = participant;
		participant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Frissítés").setExact(true)).click();
		assertThat(participant.locator("#kerdesek ol.questions")).containsText(text);
		checkAccessibility();
	}

	/**
	 * The moderator's list item of this question (not of another whose merge choices name
	 * it).
	 */
	private static Locator question(Page moderator, String text) {
		return moderator.locator("#sor li")
			.filter(new Locator.FilterOptions()
				.setHas(moderator.locator(".question-text", new Page.LocatorOptions().setHasText(text))));
	}

}
