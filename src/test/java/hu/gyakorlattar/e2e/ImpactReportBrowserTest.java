package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Anyone reads the demo year's impact report from the year's page, without JavaScript:
 * the headline figures, the tables by theme and county, the outcomes and the stopped
 * transfers with their reasons, in Hungarian and in English; both pass axe and the Nu
 * HTML checker, and the PDF is offered in the page's language. The current year, with
 * nothing published yet, says so.
 */
class ImpactReportBrowserTest extends BrowserTest {

	@Autowired
	ProgrammeManagement programme;

	@Test
	void anyoneReadsTheDemoYearsImpactReportInHungarianAndEnglish() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/programev/2021");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("A programév hatásjelentése")).click();

		assertThat(this.page.locator("h1")).hasText("Hatásjelentés: a 2021. évi programév");
		assertThat(this.page.locator("table.counts caption").first()).hasText("Gyakorlatok és átvételek témánként");
		assertThat(this.page.locator("table.counts").nth(1)).containsText("Borsod-Abaúj-Zemplén");
		assertThat(this.page.locator("table.adoptions")).containsText("Isaszeg");
		assertThat(this.page.locator("table.outcomes")).containsText("Ellátott idősek");
		assertThat(this.page.locator("table.stops")).containsText("Vácrátót");
		assertThat(this.page.locator("a[href='/hatas/2021.pdf']"))
			.hasText("A jelentés letöltése PDF-ben (akadálymentes)");
		checkAccessibility();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("h1")).hasText("Impact report: programme year 2021");
		assertThat(this.page.locator("table.stops caption"))
			.hasText("The stopped transfers and their reasons, in the order they stopped");
		checkAccessibility();

		int current = DemoYearsForTests.current(this.programme);
		open("/hatas/" + current);
		assertThat(this.page.locator("main")).containsText("No practice of the " + current + " programme year");
		assertThat(this.page.locator("main table")).hasCount(0);
		checkAccessibility();
	}

}
