package hu.gyakorlattar.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor finds the impact map from the navigation, follows a municipality's mark to
 * its page and chooses a year by keyboard, without JavaScript; the map, its tables, a
 * municipality's page it links and a choice it cannot read pass axe and the Nu HTML
 * checker in Hungarian and in English.
 */
class ImpactMapBrowserTest extends BrowserTest {

	@Test
	void aVisitorFindsTheMapAndChoosesAYearByKeyboardWithoutJavaScript() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		open("/");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hatástérkép")).click();
		assertThat(this.page.locator("h1")).hasText("A program hatása térképen");
		assertThat(this.page.locator(".impact-map svg path.flow").first()).isAttached();
		checkAccessibility();

		// A municipality's mark on the map is a link named as its tooltip reads
		this.page
			.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Szada: \\d+ gyakorlat")))
			.click();
		assertThat(this.page.locator("h1")).hasText("Szada");
		this.page.goBack();

		this.page.locator("#ev").focus();
		this.page.locator("#ev").selectOption("2022");
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");

		Locator rows = this.page.locator("#atvetelek-cim + .table-scroll table tbody tr");
		assertThat(rows.first()).containsText("2022");
		assertThat(this.page.locator("#atvetelek-cim + .table-scroll table")).not().containsText("Isaszeg");
		assertThat(this.page.locator("#atvetelek-cim + .table-scroll table")).containsText("Őrbottyán");
		checkAccessibility();

		// A municipality of the table says on its page why it is on the map.
		this.page.locator("#atvetelek-cim + .table-scroll table a", new Page.LocatorOptions().setHasText("Őrbottyán"))
			.first()
			.click();
		assertThat(this.page.locator("h1")).hasText("Őrbottyán");
		assertThat(this.page.locator("main h2").first()).containsText("település");
		assertThat(this.page.locator("main li a").first()).hasAttribute("href", Pattern.compile("^/gyakorlatok/"));
		checkAccessibility();
		this.page.goBack();

		open("/hatas/terkep?tema=nincs");
		assertThat(this.page.locator("#tema-error")).containsText("Nincs ilyen téma");
	}

	@Test
	void theMapReadsInEnglish() {
		open("/hatas/terkep?lang=en");

		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("h1")).hasText("The programme's impact on a map");
		assertThat(this.page.locator("#varmegyek-cim")).hasText("Practices and transfers by county");
		assertThat(this.page.locator("figcaption")).containsText("GeoNames");

		// The page of a municipality in the table, with the practice it takes up, in
		// English
		this.page.locator("#atvetelek-cim + .table-scroll table a", new Page.LocatorOptions().setHasText("Isaszeg"))
			.first()
			.click();
		assertThat(this.page.locator("h1")).hasText("Isaszeg");
		assertThat(this.page.locator("main")).containsText("Practices this municipality is taking up");
		checkAccessibility();
	}

}
