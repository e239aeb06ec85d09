package hu.gyakorlattar.e2e;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.municipality.MunicipalityDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office puts "practices that fit you" into an invitation in a real browser: ticks
 * the option, saves, and the preview for a mayor shows the practices that fit her
 * municipality; the letter's page passes axe and the Nu HTML checker in Hungarian and in
 * English.
 */
class PracticesThatFitBrowserTest extends BrowserTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	ConferenceManagement conferences;

	@Test
	void theOfficeTicksTheOptionAndThePreviewShowsTheMayorsPractices() throws Exception {
		String fuzer = code("Füzér");
		aMayorOf(fuzer);
		try {
			signInAs("admin@gyakorlattar.local", "admin-jelszo-teszt");
			open("/admin/meghivok/uj?konferencia=" + this.conferences.upcoming().get(0).id());
			Locator option = this.page.getByLabel("Önöknek ajánlott gyakorlatok a levélben");
			assertThat(option).not().isChecked();
			option.check();
			this.page.locator("button", new Page.LocatorOptions().setHasText("Meghívó mentése")).click();
			this.page.waitForURL(Pattern.compile(".*/admin/meghivok/\\d+$"));
			checkAccessibility();
			assertThat(this.page.getByLabel("Önöknek ajánlott gyakorlatok a levélben")).isChecked();

			open(this.page.url().replaceFirst("^.*(/admin/meghivok/\\d+)$", "$1") + "?cimzett=" + fuzer);
			Locator letter = this.page.frameLocator("iframe.mail-html").locator("body");
			assertThat(letter).containsText("Jó gyakorlatok, amelyek Önöknél is beválhatnak");
			assertThat(letter.locator("li a")).hasCount(3);

			open(this.page.url().replaceFirst("\\?.*$", "") + "?lang=en");
			assertThat(this.page.getByLabel("Practices that fit you, in the letter")).isChecked();
		}
		finally {
			this.mvc
				.perform(post("/admin/telepulesek/{code}/kapcsolattarto-torlese", fuzer).with(admin()).with(csrf()));
		}
	}

	private void aMayorOf(String kshCode) throws Exception {
		String csv = "ksh_kod;polgarmester_elotag;polgarmester_vezeteknev;polgarmester_utonev;nem;email;telefon\r\n"
				+ kshCode + ";;Füzéri;Fanni;nő;polgarmester@fuzer-ajanlas.example;\r\n";
		this.mvc
			.perform(multipart("/admin/telepulesek/kapcsolattartok")
				.file(new MockMultipartFile("file", "kapcsolattartok.csv", "text/csv",
						csv.getBytes(StandardCharsets.UTF_8)))
				.with(admin())
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("iroda@gyakorlattar.example").roles("ADMIN");
	}

	private String code(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

}
