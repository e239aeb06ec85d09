package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An applicant of a small town finds the practices recommended to it from their account,
 * each with the sentence that explains it, without JavaScript too; the page passes axe
 * and the Nu HTML checker, and the recommended practice opens.
 */
class RecommendationBrowserTest extends BrowserTest {

	private static final String APPLICANT = "ajanlas.sarospatak@example.hu";

	private static final String PASSWORD = "patakijelszo-2022";

	@Test
	void anApplicantFindsThePracticesThatFitTheirTownFromTheirAccount() {
		anApplicantOf("Sárospatak", APPLICANT, "Pataki", "Péter", PASSWORD);
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		signInAs(APPLICANT, PASSWORD);
		open("/fiok");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Önöknek ajánlott gyakorlatok")).click();
		assertThat(this.page.locator("h1")).hasText("Önöknek ajánlott gyakorlatok");
		assertThat(this.page.locator("main h2")).hasText("Sárospatak számára");
		Locator recommendations = this.page.locator("main ol.recommendations > li");
		assertThat(recommendations).hasCount(10);
		assertThat(this.page.locator("main ol.recommendations")).containsText("Ugyanebben a vármegyében működik");
		checkAccessibility();

		String title = recommendations.first().locator("a").textContent();
		recommendations.first().locator("a").click();
		assertThat(this.page.locator("h1")).hasText(title);
	}

}
