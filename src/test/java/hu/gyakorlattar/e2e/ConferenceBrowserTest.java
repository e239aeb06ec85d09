package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office sets up a conference in a real browser, and a visitor reads it as the
 * invitation presents it; every page on the way is checked with axe, error states
 * included, in Hungarian and in English.
 */
class ConferenceBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	@Test
	void theOfficeSetsUpAConferenceAndPublishesIt() {
		signInAs(ADMIN, PASSWORD);
		open("/admin");
		this.page.locator("main a[href='/admin/esemenyek']").click();
		checkAccessibility();
		link("Új konferencia").first().click();
		checkAccessibility();

		this.page.locator("#title").fill("Társadalmi felzárkózás a gyakorlatban");
		this.page.locator("#endTime").fill("09:00");
		button("Létrehozás").click();
		checkAccessibility();
		assertThat(this.page.locator("#endTime-error")).hasText("A befejezés a kezdés után legyen.");
		assertThat(this.page.locator("#title")).hasValue("Társadalmi felzárkózás a gyakorlatban");
		// The error summary takes the focus and leads to the field.
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("Hiba történt");
		summary.locator("a[href='#endTime']").click();
		assertThat(this.page.locator("#endTime")).isFocused();

		this.page.locator("#endTime").fill("12:30");
		this.page.locator("#meetingUrl").fill("https://meet.jit.si/felzarkozas");
		// Whit Monday: a public holiday, which the office is told of, then the next day.
		this.page.locator("#date").fill("2032-05-17");
		button("Létrehozás").click();
		this.page.waitForURL("**/admin/esemenyek/*");
		checkAccessibility();
		assertThat(this.page.locator(".notice")).containsText("létrehoztuk");
		assertThat(this.page.locator("#nem-munkanap"))
			.containsText("2032. május 17. (hétfő) 10.00, nem munkanapra esik");
		String conferencePage = this.page.url().replaceFirst("\\?.*$", "");
		open(conferencePage + "?lang=en");
		checkAccessibility();
		assertThat(this.page.locator("#nem-munkanap"))
			.containsText("The conference is on Monday, 17 May 2032, 10:00 CEST, which is not a working day");
		open(conferencePage + "?lang=hu");
		this.page.locator("#nem-munkanap a").click();
		this.page.locator("#date").fill("2032-05-18");
		this.page.locator("form:has(#date) button[type=submit]").click();
		this.page.waitForLoadState();
		assertThat(this.page.locator(".notice")).hasText("A változásokat elmentettük.");
		assertThat(this.page.locator("#nem-munkanap")).hasCount(0);

		Locator personForm = this.page.locator("form",
				new Page.LocatorOptions().setHas(this.page.locator("#familyName")));
		personForm.locator("#prefix").fill("Dr.");
		personForm.locator("#familyName").fill("Kertész");
		personForm.locator("#givenName").fill("Judit");
		personForm.locator("#post").fill("szociális irodavezető");
		personForm.locator("#organisation").fill("Példafalva Község Önkormányzata");
		personForm.locator("#postEn").fill("head of the social affairs office");
		button("Közreműködő hozzáadása").last().click();
		checkAccessibility();

		Locator agendaForm = this.page.locator("form",
				new Page.LocatorOptions().setHas(this.page.locator("#programpont-kind")));
		agendaForm.locator("#programpont-start").fill("10:00");
		agendaForm.locator("#programpont-end").fill("10:30");
		agendaForm.locator("#programpont-kind").selectOption("TALK");
		agendaForm.locator("#programpont-title").fill("Közösségi gondoskodás kistelepülésen");
		agendaForm.getByLabel("Dr. Kertész Judit").check();
		button("Programpont hozzáadása").last().click();
		checkAccessibility();

		agendaForm = this.page.locator("form",
				new Page.LocatorOptions().setHas(this.page.locator("#programpont-kind")));
		agendaForm.locator("#programpont-start").fill("10:15");
		agendaForm.locator("#programpont-end").fill("10:45");
		agendaForm.locator("#programpont-kind").selectOption("QUESTIONS");
		agendaForm.locator("#programpont-title").fill("Kérdések");
		button("Programpont hozzáadása").last().click();
		checkAccessibility();
		assertThat(this.page.locator("#programpont-start-error")).containsText("átfedésben");
		assertThat(this.page.locator(".error-summary")).isFocused();
		this.page.locator(".error-summary a[href='#programpont-start']").click();
		assertThat(this.page.locator("#programpont-start")).isFocused();

		button("Közzététel").click();
		checkAccessibility();
		link("A nyilvános oldal megtekintése").click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Társadalmi felzárkózás a gyakorlatban");
		assertThat(this.page.locator(".agenda")).containsText("10.00–10.30");
		assertThat(this.page.locator(".agenda")).containsText("Dr. Kertész Judit, szociális irodavezető");

		// In English: the post the office translated, the organisation it did not marked
		// as Hungarian.
		open(this.page.url().replaceFirst("\\?.*$", "") + "?lang=en");
		assertThat(this.page.locator(".speakers li"))
			.containsText("Dr. Kertész Judit, head of the social affairs office, Példafalva Község Önkormányzata");
		assertThat(this.page.locator(".speakers [lang=hu]")).hasText("Példafalva Község Önkormányzata");
	}

	@Test
	void aVisitorReadsTheArchiveAndAnUpcomingConferenceInBothLanguages() {
		open("/esemenyek");
		link("Önkormányzati innovációk és jó gyakorlatok").first().click();
		checkAccessibility();
		assertThat(this.page.locator(".when")).containsText("2021. június 22. (kedd) 10.00 órától");
		assertThat(this.page.locator(".agenda")).containsText("11.05–11.25");
		assertThat(this.page.locator(".agenda")).containsText("Magyar Dániel");

		open("/esemenyek?lang=en");
		link("Municipal innovations and good practices").first().click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Municipal innovations and good practices");
		assertThat(this.page.locator(".agenda-talk em").first())
			.hasText("The role and importance of social innovation in today's world");
		assertThat(this.page.locator(".agenda-talk .speakers").first())
			.containsText("Hugyák István, head of department, Ministry for Innovation and Technology");
		assertThat(this.page.locator("main [lang=hu]")).hasCount(0);

		open("/esemenyek?lang=en");
		link("Good practices in municipal care for older people").first().click();
		checkAccessibility();
		assertThat(this.page.locator(".registration-box")).containsText("Registration closes");
		assertThat(this.page.locator(".registration-box")).containsText("it works in the browser");
		assertThat(this.page.locator(".registration-box"))
			.containsText("We e-mail your personal access link on the working day before the conference.");
		assertThat(this.page.locator(".platform")).hasText("Online, in a Jitsi Meet meeting room");
	}

	private Locator link(String text) {
		return this.page.locator("a", new Page.LocatorOptions().setHasText(text));
	}

	private Locator button(String text) {
		return this.page.locator("button", new Page.LocatorOptions().setHasText(text));
	}

}
