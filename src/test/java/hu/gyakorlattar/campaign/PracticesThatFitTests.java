package hu.gyakorlattar.campaign;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Practices that fit you" in an invitation: when the office asks for them, each
 * recipient's letter (both its parts) carries the three practices ranked best for the
 * recipient's own municipality, with the reason and the link, and never the
 * municipality's own practice; the preview shows the chosen recipient's.
 */
class PracticesThatFitTests extends InvitationCampaignTest {

	@Autowired
	PracticeManagement practices;

	@Test
	void eachLetterCarriesTheThreePracticesThatFitTheRecipientsMunicipalityInBothParts() throws Exception {
		long id = createCampaign();
		this.mvc
			.perform(post("/admin/meghivok/{id}", id).params(letter("Meghívó a konferenciára"))
				.param("practicesThatFit", "true")
				.with(admin())
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/meghivok/" + id));
		List<Fit> szada = topThree(code("Szada"));
		List<Fit> aba = topThree(code("Aba"));
		assertThat(szada).hasSize(3).isNotEqualTo(aba);

		this.mvc.perform(get("/admin/meghivok/{id}", id).param("cimzett", code("Szada")).with(admin()))
			.andExpect(content().string(allOf(containsString("checked=\"checked\""),
					containsString(HtmlUtils.htmlEscape(szada.get(0).title(), "UTF-8")),
					containsString(HtmlUtils.htmlEscape(szada.get(2).reason(), "UTF-8")))));
		this.mvc.perform(send(id).param("counties", county("Szada"), county("Aba")))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"));

		List<String> szadasParts = TestSmtp.textParts(receivedBy("polgarmester@szada.example"));
		List<String> abasParts = TestSmtp.textParts(receivedBy("anna@aba.example"));
		assertThat(szadasParts).hasSize(2);
		for (String part : szadasParts) {
			boolean html = part.startsWith("<");
			assertThat(part).contains("Jó gyakorlatok, amelyek Önöknél is beválhatnak");
			for (Fit fit : szada) {
				assertThat(part).contains(html ? HtmlUtils.htmlEscape(fit.title(), "UTF-8") : fit.title(), fit.url(),
						html ? HtmlUtils.htmlEscape(fit.reason(), "UTF-8") : fit.reason());
			}
			for (PublishedPractice own : ownPracticesOf(code("Szada"))) {
				assertThat(part).doesNotContain("/gyakorlatok/" + own.slug() + "\"")
					.doesNotContain("/gyakorlatok/" + own.slug() + "\n");
			}
		}
		for (String part : abasParts) {
			assertThat(part).contains(aba.get(0).url(), aba.get(1).url(), aba.get(2).url());
		}
	}

	@Test
	void aLetterWithoutTheOptionCarriesNoPracticesAndABadValueIsAnsweredNextToTheBox() throws Exception {
		long id = createCampaign();

		this.mvc.perform(get("/admin/meghivok/{id}", id).param("cimzett", code("Szada")).with(admin()))
			.andExpect(content().string(not(containsString("Jó gyakorlatok, amelyek Önöknél is beválhatnak"))));
		this.mvc
			.perform(post("/admin/meghivok/{id}", id).params(letter("Új tárgy"))
				.param("practicesThatFit", "talán")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ez az érték nem megfelelő formátumú.")));
		assertThat(this.writing.campaign(id).getSubject()).isEqualTo("Meghívó a konferenciára");
		assertThat(this.writing.campaign(id).isPracticesThatFit()).isFalse();
	}

	/** The municipality's three best recommendations, as the open-data API ranks them. */
	List<Fit> topThree(String kshCode) throws Exception {
		String json = this.mvc.perform(get("/api/municipalities/{kshCode}/recommended-practices", kshCode))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<Fit> fits = new ArrayList<>();
		List<String> titles = JsonPath.read(json, "$.items[*].practiceTitle");
		List<String> reasons = JsonPath.read(json, "$.items[*].explanation");
		List<String> urls = JsonPath.read(json, "$.items[*].practiceUrl");
		for (int i = 0; i < Math.min(3, titles.size()); i++) {
			fits.add(new Fit(titles.get(i), reasons.get(i), urls.get(i)));
		}
		return fits;
	}

	List<PublishedPractice> ownPracticesOf(String kshCode) {
		List<PublishedPractice> own = this.practices.publishedPractices()
			.stream()
			.filter((practice) -> practice.ownedBy(kshCode))
			.toList();
		assertThat(own).as("the demo's practices of %s", kshCode).isNotEmpty();
		return own;
	}

	record Fit(String title, String reason, String url) {

	}

}
