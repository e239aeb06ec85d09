package hu.gyakorlattar.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An applicant of a small town finds the practices recommended to it from their account,
 * each with the sentence that explains it, without JavaScript too; the page passes axe
 * and the Nu HTML checker, and the recommended practice opens.
 */
class RecommendationBrowserTest extends BrowserTest {

	private static final String APPLICANT = "ajanlas.sarospatak@example.hu";

	private static final String PASSWORD = "patakijelszo-2022";

	@Autowired
	AccountManagement accounts;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anApplicantFindsThePracticesThatFitTheirTownFromTheirAccount() {
		anApplicantOf("Sárospatak");
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

	private void anApplicantOf(String name) {
		String kshCode = this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
		this.transactions.executeWithoutResult((status) -> this.accounts.invite(
				new InvitationForm(APPLICANT, "", "Pataki", "Péter", Role.APPLICANT, kshCode),
				HungarianFormats.HUNGARIAN));
		this.jdbc.update("update account set password_hash = ? where email = ?", this.passwords.encode(PASSWORD),
				APPLICANT);
	}

}
