package hu.gyakorlattar.e2e;

import java.util.Locale;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An applicant of a small town finds the practices recommended to it from their account,
 * each with the sentence that explains it, without JavaScript too, in Hungarian and in
 * English; the page passes axe and the Nu HTML checker, and the recommended practice
 * opens.
 */
class RecommendationBrowserTest extends BrowserTest {

	private static final String PASSWORD = "patakijelszo-2022";

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "hu", "en" })
	void anApplicantFindsThePracticesThatFitTheirTownFromTheirAccount(String language) {
		String applicant = "ajanlas." + language + ".sarospatak@example.hu";
		anApplicantOf("Sárospatak", applicant, "Pataki", "Péter", PASSWORD);
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		readIn(Locale.forLanguageTag(language));
		signInAs(applicant, PASSWORD);
		open("/fiok");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(text("impact.recommended.title")))
			.click();
		assertThat(this.page.locator("h1")).hasText(text("impact.recommended.title"));
		assertThat(this.page.locator("main h2")).hasText(text("impact.recommended.for", "Sárospatak"));
		Locator recommendations = this.page.locator("main ol.recommendations > li");
		assertThat(recommendations).hasCount(10);
		assertThat(this.page.locator("main ol.recommendations"))
			.containsText(text("impact.reason.origin.county", "").replaceAll("[.:\\s]+$", ""));
		checkAccessibility();

		String href = recommendations.first().locator("a").getAttribute("href");
		recommendations.first().locator("a").click();
		assertThat(this.page).hasURL(baseUrl() + href);
		assertThat(this.page.locator("h1")).not().isEmpty();
	}

}
