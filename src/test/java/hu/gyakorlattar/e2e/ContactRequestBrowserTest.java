package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.PracticeContact;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor writes to a practice's owner from the practice's page, by keyboard and
 * without JavaScript, in Hungarian and in English: the owner's address is nowhere on the
 * pages, a mistake is shown next to its field, and every page passes axe and the Nu HTML
 * checker.
 */
class ContactRequestBrowserTest extends BrowserTest {

	@Autowired
	PracticeManagement practices;

	@Test
	void aVisitorWritesToThePracticesOwnerByKeyboardWithoutJavaScript() {
		PublishedPractice practice = practiceWithAConsentedContact();
		PracticeContact contact = this.practices.consentedContact(practice.id()).orElseThrow();
		usePage(new Browser.NewContextOptions().setJavaScriptEnabled(false));

		open("/gyakorlatok/" + practice.slug());
		assertThat(this.page.locator("#kapcsolatfelvetel")).containsText(contact.name());
		assertThat(this.page.locator("main")).not().containsText(contact.email());
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Üzenet írása a kapcsolattartónak"))
			.click();
		assertThat(this.page.locator("h1")).containsText(practice.title());
		checkAccessibility();

		// By keyboard: the robots' hidden field is never in the way.
		this.page.locator("#name").focus();
		this.page.keyboard().type("Böngésző Berta");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type("Nincsilyenfalva");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type("berta@bongeszo.example");
		this.page.keyboard().press("Tab");
		this.page.keyboard().type("Hogyan kezdték?");
		this.page.keyboard().press("Tab");
		this.page.keyboard().press("Enter");
		assertThat(this.page.locator("#municipality-error")).containsText("Nincs ilyen nevű település");
		checkAccessibility();
		assertThat(this.page.locator("#municipality")).hasAttribute("aria-invalid", "true");
		assertThat(this.page.locator("#message")).hasValue("Hogyan kezdték?");

		this.page.locator("#municipality").fill("Tata");
		this.page.locator("#municipality").press("Enter");
		this.page.waitForURL("**/kapcsolatfelvetel/" + practice.slug() + "/elkuldve");
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("Üzenetét továbbítjuk");
		assertThat(this.page.locator("main")).not().containsText(contact.email());
	}

	@Test
	void theFormAndItsAnswerReadInEnglish() {
		PublishedPractice practice = practiceWithAConsentedContact();

		open("/kapcsolatfelvetel/" + practice.slug() + "?lang=en");
		assertThat(this.page.locator("h1")).containsText("Write to the practice's owner");
		this.page.locator("button[type=submit]").click();
		assertThat(this.page.locator("#email-error")).isVisible();
		assertThat(this.page.locator(".error-summary")).isVisible();
		checkAccessibility();

		this.page.locator("#name").fill("Reader Rose");
		this.page.locator("#municipality").fill("Tata");
		this.page.locator("#email").fill("rose@reader.example");
		this.page.locator("#message").fill("How did you start?");
		this.page.locator("button[type=submit]").click();
		this.page.waitForURL("**/elkuldve");
		checkAccessibility();
		assertThat(this.page.locator("h1")).hasText("We are forwarding your message");
	}

	private PublishedPractice practiceWithAConsentedContact() {
		return this.practices.publishedPractices()
			.stream()
			.filter((practice) -> this.practices.consentedContact(practice.id()).isPresent())
			.findFirst()
			.orElseThrow();
	}

}
