package hu.gyakorlattar.e2e;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.AwardLevel;
import hu.gyakorlattar.practice.PracticeDraft;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.programme.ProgrammeManagement;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal clerk uses the knowledge base: searches in Hungarian without accents,
 * narrows by a facet, opens the practice and goes on to a similar one; every page checked
 * with axe, and the same path without JavaScript.
 */
class KnowledgeBaseBrowserTest extends BrowserTest {

	@Autowired
	PracticeManagement practices;

	@Autowired
	ProgrammeManagement programme;

	@Test
	void theOfficeAddsAndRemovesAThesaurusRelationAndIsToldWhyABadOneIsRefused() {
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/gyakorlatok/tezaurusz");
		assertThat(this.page.locator("h1")).hasText("A keresés tezaurusza");

		this.page.locator("#term").fill("tanyagondnokság");
		this.page.locator("#otherTerm").fill("tanyagondnokság");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hozzáadás")).click();
		Locator summary = this.page.locator(".error-summary");
		assertThat(summary).isFocused();
		assertThat(summary).containsText("A két fogalom nem lehet ugyanaz.");
		assertThat(this.page.locator("#term")).hasValue("tanyagondnokság");
		checkAccessibility();

		this.page.locator("#relation").selectOption("RELATED");
		this.page.locator("#otherTerm").fill("falugondnokság");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hozzáadás")).click();
		Locator row = this.page.locator("tr", new Page.LocatorOptions().setHasText("tanyagondnokság"));
		assertThat(row).containsText("falugondnokság");
		checkAccessibility();

		row.getByRole(AriaRole.BUTTON).click();
		assertThat(this.page.locator("tr", new Page.LocatorOptions().setHasText("tanyagondnokság"))).hasCount(0);
	}

	@Test
	void searchNarrowOpenAndFollowASimilarPractice() {
		open("/");
		this.page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Jó gyakorlatok"))
			.click();
		assertThat(this.page.locator("h1")).hasText("Jó gyakorlatok");
		checkAccessibility();

		this.page.getByLabel("Keresés a gyakorlatokban").fill("idosek ellatasa");
		this.page.locator("form[role=search] button[type=submit]").click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*q=idosek(\\+|%20)ellatasa.*"));
		assertThat(this.page.locator("ol.hits li").first()).isVisible();
		assertThat(this.page.locator("ol.hits mark").first()).isVisible();
		checkAccessibility();

		Locator counties = this.page.locator("section.facet", new Page.LocatorOptions().setHasText("Vármegye"));
		// "Pest (12)", not "Budapest (3)"
		counties
			.getByRole(AriaRole.LINK,
					new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Pest\\b")))
			.click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*megye=Pest.*"));
		assertThat(this.page.locator("ol.hits li .hit-meta").first()).containsText("Pest");
		checkAccessibility();

		this.page.locator("ol.hits h2 a").first().click();
		assertThat(this.page.locator("h1")).containsText("Szépkorúak nappali klubja");
		assertThat(this.page.locator(".facts")).containsText("Szada");
		checkAccessibility();

		Locator similar = this.page.locator("section.similar h3 a");
		assertThat(similar.first()).isVisible();
		String title = similar.first().textContent();
		similar.first().click();
		assertThat(this.page.locator("h1")).hasText(title);
		checkAccessibility();
	}

	@Test
	void withJavaScriptResultsFollowTheTypingWithoutLeavingThePage() {
		open("/gyakorlatok");
		this.page.evaluate("window.stillHere = true");
		this.page.getByLabel("Keresés a gyakorlatokban").pressSequentially("kerekpar");
		assertThat(this.page.locator("ol.hits li")).hasCount(1);
		assertThat(this.page.locator("ol.hits h2")).containsText("kerékpárút-hálózat");
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*q=kerekpar.*"));
		assertThat(this.page.getByLabel("Keresés a gyakorlatokban")).isFocused();
		assertThat(this.page.evaluate("window.stillHere")).as("the page was not reloaded").isEqualTo(true);
		// The count is said through a status line that stays on the page
		assertThat(this.page.locator("#talalatok-allapot")).hasText("1 gyakorlat");
		checkAccessibility();

		// Switching language keeps the search the address now holds, and back
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(this.page.getByLabel("Search the practices")).hasValue("kerekpar");
		assertThat(this.page.locator("ol.hits li")).hasCount(1);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Magyar")).click();
		assertThat(this.page.getByLabel("Keresés a gyakorlatokban")).hasValue("kerekpar");

		// A facet chosen by keyboard keeps the focus on its link
		this.page.getByLabel("Keresés a gyakorlatokban").fill("");
		assertThat(this.page.locator("ol.hits li").first()).isVisible();
		var facet = this.page.locator(".facet-values a").first();
		String id = facet.getAttribute("id");
		facet.focus();
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("[id='" + id + "']")).hasAttribute("aria-current", "true");
		assertThat(this.page.locator("[id='" + id + "']")).isFocused();
	}

	@Test
	void theSearchWorksWithoutJavaScript() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/gyakorlatok?q=kerekpar");
		assertThat(this.page.locator("ol.hits li")).hasCount(1);
		assertThat(this.page.locator("ol.hits h2")).containsText("kerékpárút-hálózat");
		this.page.locator("ol.hits h2 a").click();
		assertThat(this.page.locator("h1")).containsText("kerékpárút-hálózat");
		checkAccessibility();
	}

	@Test
	void anEnglishReaderFindsTheElderlyCarePracticesInEnglishAndSeesWhatIsOnlyInHungarian() {
		open("/gyakorlatok?lang=en");
		this.page.getByLabel("Search the practices").fill("elderly care");
		this.page.locator("form[role=search] button[type=submit]").click();
		Locator hits = this.page.locator("ol.hits h2 a");
		assertThat(hits.first()).isVisible();
		assertThat(this.page.locator("ol.hits"))
			.containsText("Village caretaker service in Bózsva: lunch, medicine and company for elderly residents");
		checkAccessibility();

		this.page.locator("ol.hits h2 a", new Page.LocatorOptions().setHasText("Day club for older people")).click();
		assertThat(this.page.locator("h1")).hasText("Day club for older people and meals on wheels in Szada");
		// Of the reviewed practice's own texts only its tags, which have no English
		// version, are Hungarian; and what its adopters wrote
		assertThat(this.page.locator("main article #atvetel [lang=hu]").first()).isVisible();
		assertThat(this.page.locator(".facts dd[lang=hu]")).containsText("nappali ellátás");
		assertThat(this.page.locator("main article [lang=hu]"))
			.hasCount(this.page.locator("main article #atvetel [lang=hu]").count() + 1);
		assertThat(this.page.locator(".facts")).containsText("reviewed");
		checkAccessibility();

		// Every demo practice has an English version: the office publishes one without.
		long id = this.practices.draftFrom(new PracticeDraft(0, "Zöldtetőprogram Szadán, csak magyarul",
				"Rövid összefoglaló magyarul.", "A probléma magyarul.", "", "", "", "", "", "", "", "",
				List.of("21458"), 2021, this.programme.cycle(2021).orElseThrow().themes().get(3).id(),
				AwardLevel.GOOD_PRACTICE, "", List.of()), "angol-olvaso-teszt");
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/gyakorlatok/" + id + "?lang=hu");
		submit(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Közzététel")));
		open("/gyakorlatok?q=z%C3%B6ldtet%C5%91program&lang=en");
		this.page.locator("ol.hits h2 a").first().click();
		assertThat(this.page.locator("h1[lang=hu]")).containsText("Zöldtetőprogram Szadán");
		assertThat(this.page.locator("p.lead")).hasAttribute("lang", "hu");
		assertThat(this.page.locator(".facts")).containsText("none yet");
		checkAccessibility();
	}

	@Test
	void theOfficeEditsAPracticeInBothLanguagesSideBySide() {
		signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
		open("/admin/gyakorlatok");
		this.page.locator("a", new Page.LocatorOptions().setHasText("Szépkorúak nappali klubja")).first().click();
		checkAccessibility();
		assertThat(this.page.locator("[id='english.title']"))
			.hasValue("Day club for older people and meals on wheels in Szada");
		assertThat(this.page.locator("[id='english.title']")).hasAttribute("lang", "en");
		assertThat(this.page.getByLabel("Az angol változatot ember ellenőrizte")).isChecked();
	}

	@Test
	void oddQueriesAndTheEnglishPageAreUsable() {
		assertThat(open("/gyakorlatok?q=%2A%3F%7E%3A%22%5C").status()).isEqualTo(200);
		assertThat(open("/gyakorlatok?q=a+az+%C3%A9s&lang=en").status()).isEqualTo(200);
		assertThat(this.page.locator("h1")).hasText("Good practices");
		assertThat(this.page.locator("p.result-count")).containsText("too common");
	}

}
