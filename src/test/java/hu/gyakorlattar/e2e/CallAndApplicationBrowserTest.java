package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.SectionKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The office publishes a call and a municipality applies to it, in a real browser, with
 * every page checked by axe: the call form, the public call page, the application form
 * with its live length counters and a partner municipality, and the submitted
 * application.
 */
class CallAndApplicationBrowserTest extends BrowserTest {

	private static final String ADMIN = "admin@gyakorlattar.local";

	private static final String PASSWORD = "admin-jelszo-teszt";

	private static final String APPLICANT = "palyazo.csomor@example.hu";

	private static final String APPLICANT_PASSWORD = "csomori-jelszo-2021";

	@Test
	void theOfficePublishesACallAndAMunicipalityAppliesToIt() {
		signInAs(ADMIN, PASSWORD);
		open("/admin/felhivasok");
		Locator create = this.page.locator("form[action$='/admin/felhivasok']");
		create.locator("button[type=submit]").click();
		checkAccessibility();
		assertThat(this.page.locator("#textHu-error")).hasText("Kérjük, töltse ki ezt a mezőt.");

		create = this.page.locator("form[action$='/admin/felhivasok']");
		create.locator("#themeId").selectOption(new SelectOption().setLabel("2021 – Társadalmi felzárkózás"));
		create.locator("#textHu").fill("A szegénység elleni küzdelem hatékony helyi módszereit keressük.");
		create.locator("#eligibilityHu").fill("Települési önkormányzatok, legalább egy éve működő gyakorlattal.");
		create.locator("button[type=submit]").click();
		this.page.waitForURL("**/admin/felhivasok/*");
		checkAccessibility();
		this.page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Közzététel"))
			.click();
		assertThat(this.page.locator(".notice").first()).containsText("közzétettük");
		String callPath = this.page.url().replaceAll("^.*/admin", "");

		open(callPath);
		assertThat(this.page.locator("h1")).containsText("Társadalmi felzárkózás");
		assertThat(this.page.locator("#szempontok + p")).containsText("1–5");
		open("/felhivasok?ev=2021");
		assertThat(this.page.locator(".cards")).containsText("Társadalmi felzárkózás");
		this.page.locator("form[action$='/kilepes'] button").click();

		anApplicantOf("Csömör", APPLICANT, "Csömöri", "Pályázó", APPLICANT_PASSWORD);
		signInAs(APPLICANT, APPLICANT_PASSWORD);
		open("/fiok/palyazatok");
		this.page.locator("button[aria-label='Pályázat indítása: Társadalmi felzárkózás, Csömör']").click();
		this.page.waitForURL("**/fiok/palyazatok/*");
		checkAccessibility();
		assertThat(this.page.locator("dl.facts")).containsText("Csömör");

		this.page.locator("#title").fill("Csömöri szociális szövetkezet");
		this.page.locator("#section-SUMMARY").fill("Közfoglalkoztatásból szövetkezet.");
		assertThat(this.page.locator("#section-SUMMARY-counter")).hasText("33 / 1000 karakter");
		// The draft saves itself a moment after typing stops: a closed browser loses
		// nothing.
		assertThat(this.page.locator("#autosave-status")).containsText("automatikusan mentve");
		this.page.reload();
		assertThat(this.page.locator("#section-SUMMARY")).hasValue("Közfoglalkoztatásból szövetkezet.");
		this.page.locator("#section-SUMMARY").fill("Közfoglalkoztatásból szociális szövetkezet.");
		// Saving by hand right after typing neither collides with nor is overtaken by the
		// autosave.
		this.page.locator("button[value=save]").click();
		assertThat(this.page.locator(".notice")).containsText("elmentettük");
		assertThat(this.page.locator("#section-SUMMARY")).hasValue("Közfoglalkoztatásból szociális szövetkezet.");
		checkAccessibility();

		// A joint application: the applying municipality cannot be its own partner
		this.page.locator("#partner-0").fill("Csömör");
		this.page.locator("button[value=save]").click();
		assertThat(this.page.locator("#partner-0-error")).containsText("maga a pályázó önkormányzat");
		assertThat(this.page.locator("#partner-0")).hasAttribute("aria-invalid", "true");
		checkAccessibility();
		this.page.locator("#partner-0").fill("Kistarcsa");
		this.page.locator("button[value=save]").click();
		assertThat(this.page.locator(".notice")).containsText("elmentettük");
		assertThat(this.page.locator("dl.facts")).containsText("Kistarcsa");

		// Text typed just before an upload is saved first: the page the upload brings
		// back
		// keeps it
		this.page.locator("#section-SUMMARY")
			.fill("Közfoglalkoztatásból szociális szövetkezet, feltöltés előtt bővítve.");
		this.page.locator("#file")
			.setInputFiles(new FilePayload("terv.pdf", "application/pdf",
					"%PDF-1.4 terv".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Feltöltés").setExact(true)).click();
		assertThat(this.page.locator(".notice")).containsText("feltöltöttük");
		assertThat(this.page.locator("#section-SUMMARY"))
			.hasValue("Közfoglalkoztatásból szociális szövetkezet, feltöltés előtt bővítve.");
		assertThat(this.page.locator("#mellekletek + p + ul li")).containsText("terv.pdf (1 kB)");

		this.page.locator("button[value=submit]").click();
		checkAccessibility();
		assertThat(this.page.locator("#section-PROBLEM-error")).containsText("töltse ki");
		// The summary at the top, focused, leads to each empty section
		assertThat(this.page.locator(".error-summary")).isFocused();
		this.page.locator(".error-summary a[href='#section-PROBLEM']").click();
		assertThat(this.page.locator("#section-PROBLEM")).isFocused();
		assertThat(this.page.locator("label[for=section-PROBLEM]")).isInViewport();
		for (SectionKind kind : SectionKind.values()) {
			if (kind != SectionKind.OPEN_DAY && kind != SectionKind.SUMMARY) {
				this.page.locator("#section-" + kind).fill("Csömöri válasz: " + kind);
			}
		}
		this.page.locator("button[value=submit]").click();
		assertThat(this.page.locator(".notice").first()).containsText("beküldtük");
		checkAccessibility();
		assertThat(this.page.locator("dl.facts")).containsText("Beérkezett");
		assertThat(this.page.locator("dl.facts")).containsText("Kistarcsa");
		assertThat(this.page.locator("button[value=save]")).hasCount(0);
	}

}
