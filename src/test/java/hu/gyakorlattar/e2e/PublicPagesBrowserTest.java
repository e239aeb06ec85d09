package hu.gyakorlattar.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.programme.ProgrammeManagement;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What anyone sees without signing in: the programme year on the home page, the legal
 * pages, the language switch, keyboard access, the 404 page, and all of it without
 * JavaScript too.
 */
class PublicPagesBrowserTest extends BrowserTest {

	@Autowired
	ProgrammeManagement programme;

	@Test
	void theHomePageShowsTheCurrentYearsThemesAndTheSteeringCommittee() {
		Response response = open("/");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.page).hasTitle("Főoldal – Gyakorlattár");
		assertThat(this.page.locator("h1")).hasText("Legjobb Önkormányzati Gyakorlatok Programja");
		assertThat(this.page.locator("h2").first())
			.hasText("Legjobb Önkormányzati Gyakorlatok Programja " + DemoYearsForTests.current(this.programme));
		assertThat(this.page.locator(".cards .card h4")).hasText(new String[] { "Önkormányzati idősellátás",
				"Bűnmegelőzés, közbiztonság", "Társadalmi felzárkózás", "Önkormányzati innovációk" });
		Locator committee = this.page.locator("ul.committee li");
		// the 2021 committee less the two ministries dissolved in 2022
		assertThat(committee).hasCount(9);
		assertThat(this.page.locator("ul.committee")).not().containsText("Emberi Erőforrások Minisztériuma");
		assertThat(committee.filter(new Locator.FilterOptions().setHasText("Autonómia Alapítvány"))).hasCount(1);
		assertThat(this.page.locator("ul.committee")).not().containsText("Autónia");
		assertThat(committee
			.filter(new Locator.FilterOptions().setHasText("Települési Önkormányzatok Országos Szövetsége")))
			.containsText("(TÖOSZ)");
	}

	@Test
	void theProgrammeYearPageLeadsFromTheHomePageToTheYearsCallsAndConferences() {
		open("/");
		assertThat(this.page.locator("a[href^='/programev/']").first()).isVisible();
		assertThat(this.page.locator("#korabbi-cim")).hasText("Korábbi konferenciák");
		assertThat(this.page.locator("a[href='/esemenyek#archivum-cim']")).hasCount(1);

		open("/programev/2021");
		assertThat(this.page.locator("h1")).hasText("Legjobb Önkormányzati Gyakorlatok Programja 2021");
		assertThat(this.page.locator("#felhivasok-cim + ul")).containsText("Önkormányzati innovációk");
		assertThat(this.page.locator("ul.committee li")).hasCount(11);
		assertThat(this.page.locator("#eredmenyek-cim ~ ul").first())
			.containsText("Legjobb gyakorlat: Szépkorúak nappali klubja");
		checkAccessibility();
		this.page
			.locator("#esemenyek-cim + ul a",
					new Page.LocatorOptions().setHasText("Önkormányzati innovációk és jó gyakorlatok"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator(".platform")).hasText("Online, Zoom virtuális teremben");
		assertThat(this.page.locator(".agenda-talk em").first())
			.hasText("A társadalmi innováció szerepe és jelentősége a mai világunkban");
		assertThat(this.page.locator(".agenda-tech_help .agenda-time")).hasText("9.30–10.00");
	}

	@Test
	void theProgrammeYearPageReadsInEnglishWithEnglishDates() {
		open("/programev/2021?lang=en");

		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator("#temak-cim")).hasText("Themes");
		assertThat(this.page.locator("#felhivasok-cim")).hasText("Calls for applications");
		assertThat(this.page.locator("#esemenyek-cim")).hasText("Events");
		assertThat(this.page.locator("#bizottsag-cim")).hasText("Steering Committee");
		assertThat(this.page.locator("#eredmenyek-cim")).hasText("Results");
		assertThat(this.page.locator("#esemenyek-cim + ul")).containsText("Tuesday, 22 June 2021, 10:00");
		assertThat(this.page.locator("h1")).hasText("Best Municipal Practices Programme 2021");
		assertThat(this.page.locator(".cards .card h3").first()).hasText("Municipal elderly care");
		assertThat(this.page.locator(".cards .card").first())
			.containsText("Prize sponsored by Ministry of the Interior");
		Locator seedConference = this.page.locator("#esemenyek-cim + ul a",
				new Page.LocatorOptions().setHasText("Municipal innovations and good practices"));
		assertThat(seedConference).not().hasAttribute("lang", "hu");
		assertThat(this.page.locator("ul.committee [lang=hu]")).hasCount(0);
		checkAccessibility();
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

	/**
	 * What a slow village connection fetches: pages and styles compressed, styles and
	 * scripts under addresses that change with their content and are kept for a year, the
	 * site's icon, and a description search engines show.
	 */
	@Test
	void pagesAndAssetsAreCompressedVersionedAndCachedWithAnIconAndADescription() throws Exception {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<byte[]> home = fetch(client, "/");
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(home.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("<meta name=\"description\" content=\"Jó önkormányzati gyakorlatok tudásbázisa")
			.contains("href=\"/favicon.ico\"");
		Matcher style = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(style.find()).as("the stylesheet's address carries its content hash").isTrue();

		HttpResponse<byte[]> css = fetch(client, style.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000");

		HttpResponse<byte[]> icon = fetch(client, "/favicon.ico");
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.body()).startsWith(0, 0, 1, 0);
	}

	private HttpResponse<byte[]> fetch(HttpClient client, String path) throws Exception {
		return client.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void everythingWorksWithJavaScriptOff() {
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));

		open("/");
		assertThat(this.page.locator("ul.committee li")).hasCount(9);
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
