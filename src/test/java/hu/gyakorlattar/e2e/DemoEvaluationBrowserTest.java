package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.EvaluatedDemoCall;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo year's evaluated call as a newcomer walks it, in Hungarian and in English,
 * every page checked by axe and the Nu HTML checker: the office reads the ranking with
 * the normalised scores beside the raw means, the committee's chair reads the recorded
 * votes on an application (a defeated motion, then the carried one), and the applicant of
 * Pécs reads the published result and the evaluators' feedback, none of them shown an
 * e-mail address.
 */
class DemoEvaluationBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String ADMIN_PASSWORD = "admin-jelszo-teszt";

	private static final String CHAIR = "zsuzsanna.horvath@bizottsag.demo.example.hu";

	private static final String PECS = "peter.nagy@pecs.demo.example.hu";

	private static final String PASSWORD = "demo-ertekeles-2021";

	@Autowired
	CallManagement calls;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					hu | Rangsor – Önkormányzati innovációk | Értékelőnként normalizált | Különdíj      | elutasítva | elfogadva | Jó gyakorlat
					en | Ranking – Municipal innovations    | Normalised per evaluator  | Special prize | defeated   | carried   | Good practice
					""")
	void theOfficeTheCommitteeAndTheApplicantWalkTheDemoCallsEvaluation(String language, String rankingTitle,
			String normalised, String specialPrize, String defeated, String carried, String goodPractice) {
		signsInWith(CHAIR, PASSWORD);
		signsInWith(PECS, PASSWORD);

		open("/?lang=" + language);
		signInAs(ADMIN, ADMIN_PASSWORD);
		open("/bizottsagi-ertekeles");
		this.page.locator(rankingLink()).click();
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText(rankingTitle);
		assertThat(this.page.locator("#rangsor thead")).containsText(normalised);
		assertThat(this.page.locator("#rangsor tbody tr")).hasCount(12);
		assertThat(this.page.locator("#rangsor tbody tr").nth(1)).containsText(specialPrize);
		assertThat(this.page.locator("#rangsor tbody tr").first()).containsText("+1");
		assertThat(this.page.locator("#rangsor tbody tr", new Page.LocatorOptions().setHasText("Gyöngyös")))
			.containsText("−0");
		assertThat(this.page.locator("main")).not().containsText("demo.example.hu");
		signOut();

		signInAs(CHAIR, PASSWORD);
		open("/bizottsagi-ertekeles");
		// The demo's votes are over: none waits for the chair's
		assertThat(this.page.locator("#szavazasra-var + p")).isVisible();
		checkAccessibility();
		this.page.locator(rankingLink()).click();
		this.page.locator("#rangsor a", new Page.LocatorOptions().setHasText("Gyöngyösi lakótelepi közösségi kertek"))
			.click();
		checkAccessibility();
		assertThat(this.page.locator("#szavazas-1 h4")).containsText(defeated);
		assertThat(this.page.locator("#szavazas-1")).containsText("Egyetértek az elnökkel.");
		assertThat(this.page.locator("#szavazas-2 h4")).containsText(carried);
		assertThat(this.page.locator("#szavazas-2")).containsText("dr. Horváth Zsuzsanna");
		assertThat(this.page.locator("#pontszamok thead")).containsText("Varga Bence (Veszprém)");
		assertThat(this.page.locator("main")).not().containsText("demo.example.hu");
		signOut();

		signInAs(PECS, PASSWORD);
		open("/fiok/palyazatok");
		this.page.locator("main a", new Page.LocatorOptions().setHasText("Pécsi egyablakos vállalkozói ügyintézés"))
			.first()
			.click();
		checkAccessibility();
		this.page.locator("a[href$='/ertekeles']").click();
		checkAccessibility();
		assertThat(this.page.locator("main")).containsText(goodPractice);
		assertThat(this.page.locator("main")).containsText("értékelőnként normalizálva a második");
		assertThat(this.page.locator("main")).not().containsText("Kelemen");
	}

	private String rankingLink() {
		long callId = EvaluatedDemoCall.in(this.calls).orElseThrow().id();
		return "main a[href='/bizottsagi-ertekeles/felhivasok/" + callId + "']";
	}

	private void signOut() {
		this.page.locator("form[action$='/kilepes'] button").click();
		this.page.waitForLoadState();
	}

}
