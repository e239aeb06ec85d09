package hu.gyakorlattar.campaign;

import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.programme.DemoYearsForTests;
import hu.gyakorlattar.shared.TestSmtp;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writing the letter: it starts from the invitation template of the chosen conference,
 * warns of dates that are not the conference's, and answers bad input next to the field.
 */
class WritingInvitationsTests extends InvitationCampaignTest {

	@Test
	void theNewLetterStartsFromTheInvitationTemplate() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/admin/meghivok/uj").param("konferencia", Long.toString(this.conference.id())).with(admin()))
			.andExpect(status().isOk())
			.andReturn();

		InvitationCampaignForm draft = (InvitationCampaignForm) result.getModelAndView().getModel().get("campaignForm");
		assertThat(draft.conferenceId()).isEqualTo(this.conference.id());
		assertThat(draft.body()).contains("„" + this.conference.title() + "” című online konferenciánkra")
			.doesNotContain("koronavírus");
		assertThat(draft.signaturePlace()).isEqualTo("Budapest");
		assertThat(draft.sender()).isEqualTo("Legjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága");
		assertThat(result.getResponse().getContentAsString()).contains("<textarea id=\"body\"");
	}

	/**
	 * The demo's conference ahead belongs to the programme year of the first start, so
	 * the letter proposed for it announces that year's open call, not the invitation's
	 * 2021.
	 */
	@Test
	void theDemosConferenceAheadIsProposedWithItsOwnYearsCall() throws Exception {
		int year = DemoYearsForTests.current(this.programme);
		CallView openCall = this.calls.published(year)
			.stream()
			.filter((call) -> call.themeNameHu().equals("Önkormányzati idősellátás"))
			.findFirst()
			.orElseThrow();

		MvcResult result = this.mvc
			.perform(get("/admin/meghivok/uj").param("konferencia", Long.toString(this.conference.id())).with(admin()))
			.andExpect(status().isOk())
			.andReturn();

		InvitationCampaignForm draft = (InvitationCampaignForm) result.getModelAndView().getModel().get("campaignForm");
		assertThat(this.conference.cycleYear()).isEqualTo(year);
		assertThat(draft.body()).contains("a program " + year + ". évi pályázati szakaszát")
			.contains("http://localhost:8080/felhivasok/" + openCall.id())
			.doesNotContain("2021");
	}

	@Test
	void theProposedLetterIsBuiltFromA2020ConferenceNotCopiedFromThe2021One() throws Exception {
		December2020 december = aDecember2020Conference();

		MvcResult result = this.mvc
			.perform(get("/admin/meghivok/uj").param("konferencia", Long.toString(december.conferenceId()))
				.with(admin()))
			.andExpect(status().isOk())
			.andReturn();

		InvitationCampaignForm draft = (InvitationCampaignForm) result.getModelAndView().getModel().get("campaignForm");
		assertThat(draft.subject()).contains(december.title());
		assertThat(draft.body()).contains("„" + december.title() + "” című online konferenciánkra")
			.contains("Időpont: 2020. december 28. (hétfő) 10.00 órától")
			.contains("Témakör: " + december.theme())
			.contains("a program 2020. évi pályázati szakaszát")
			.contains("http://localhost:8080/felhivasok/" + december.callId())
			.contains("Beadási határidő: 2020. november 30. (hétfő) 23.59")
			.contains("Regisztráció: http://localhost:8080/esemenyek/" + december.conferenceId() + "/regisztracio")
			.contains("Regisztrálni 2020. december 21. (hétfő) 12.00-ig lehet.")
			.doesNotContain("2021")
			.doesNotContain("koronavírus")
			.doesNotContain("rendkívüli időket")
			.doesNotContain("júniusában")
			.doesNotContain("legjobbonkormanyzatigyakorlatok.hu");

		// Sent as proposed, it names only the conference's own year and days: no warning.
		long id = createCampaign(december.conferenceId(), draft.body());
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", county("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("A meghívó 2 címre megy ki."),
					not(containsString("datum-figyelmeztetes")), not(containsString("datumokRendben")))));
	}

	@Test
	void aLetterNamingAnotherYearOrDayWarnsAndSendsOnceTheOfficeConfirms() throws Exception {
		December2020 december = aDecember2020Conference();
		long id = createCampaign(december.conferenceId(),
				"A program 2021-es pályázati szakaszának konferenciája 2021. június 22. (kedd) 10.00 órától.\n\n"
						+ "A június 22-én kezdődő konferencia 2020. december 28-án folytatódik.");

		this.mvc.perform(get("/admin/meghivok/{id}", id).with(admin()))
			.andExpect(content()
				.string(allOf(containsString("id=\"datum-figyelmeztetes\""), containsString("nem a konferenciáé"))));
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", county("Aba")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("nem a konferenciáé (2020. december 28. (hétfő) 10.00)"),
					containsString("<li>2021. június 22</li>"), containsString("<li>2021</li>"),
					containsString("<li>június 22</li>"), not(containsString("<li>2020")),
					containsString("name=\"datumokRendben\""))));

		// Sending without saying the dates are meant shows the warning again, as an
		// error.
		this.mvc.perform(send(id).param("counties", county("Aba")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("A kiküldéshez jelölje be"), containsString("<li>2021. június 22</li>"))));
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		assertThat(TestSmtp.server().getReceivedMessagesForDomain("aba.example")).isEmpty();

		this.mvc.perform(send(id).param("counties", county("Aba")).param("datumokRendben", "true"))
			.andExpect(redirectedUrl("/admin/meghivok/" + id + "/allapot"))
			.andExpect(flash().attribute("flashKey", "mail.campaign.sending"));
		assertThat(text(receivedBy("anna@aba.example"))).contains("2021. június 22. (kedd)");
		assertThat(text(receivedBy("hivatal@fehervar.example"))).contains("június 22-én");
	}

	@Test
	void everyFormAnswersBadInputNextToTheField() throws Exception {
		this.mvc.perform(post("/admin/meghivok").with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("campaignForm", "conferenceId", "subject", "body",
					"signaturePlace", "signatureDate", "sender"))
			.andExpect(content().string(
					allOf(containsString("id=\"subject-error\""), containsString("Kérjük, töltse ki ezt a mezőt."))))
			.andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("class=\"error-summary\"",
					"<a href=\"#conferenceId\">Konferencia: ", "<a href=\"#subject\">Tárgy: ",
					"<a href=\"#sender\">")));
		this.mvc
			.perform(post("/admin/meghivok")
				.params(letter("x".repeat(201), "body", "y".repeat(20_001), "sender", "z".repeat(301)))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "subject", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "body", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "sender", "Size"));
		this.mvc.perform(
				post("/admin/meghivok").params(letter("Tárgy", "conferenceId", "987654")).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "conferenceId",
					"mail.campaign.conference.unknown"))
			.andExpect(content().string(containsString("Nincs ilyen konferencia")));
		this.mvc
			.perform(post("/admin/meghivok")
				.params(letter("Tárgy", "conferenceId", "nem-szam", "signatureDate", "2021-13-45"))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "conferenceId", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "signatureDate", "typeMismatch"));
		for (String unknown : List.of("987654", "abc", "")) {
			this.mvc.perform(get("/admin/meghivok/uj").param("konferencia", unknown).with(admin()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("campaignForm", "conferenceId",
						"mail.campaign.conference.unknown"))
				.andExpect(content().string(allOf(containsString("Nincs ilyen konferencia"),
						containsString("class=\"error-summary\""), containsString("href=\"#conferenceId\""))));
		}

		long id = createCampaign();
		this.mvc.perform(post("/admin/meghivok/{id}", id).params(letter("")).with(admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("campaignForm", "subject", "NotBlank"));
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", id).param("counties", "Sehol sincs vármegye").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		this.mvc
			.perform(get("/admin/meghivok/{id}/kuldes", id).param("minPopulation", "5000")
				.param("maxPopulation", "100")
				.with(admin()))
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "maxPopulation",
					"mail.campaign.selection.band"))
			.andExpect(content().string(containsString("A felső határ nem lehet kisebb az alsónál.")));
		this.mvc
			.perform(get("/admin/meghivok/{id}/kuldes", id).param("minPopulation", "sok")
				.param("statuses", "FALU")
				.with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "minPopulation", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrors("selectionForm", "statuses"));
		this.mvc.perform(send(id).param("minPopulation", "-1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("selectionForm", "minPopulation", "Min"));
		assertThat(this.writing.campaign(id).isSent()).isFalse();
		this.mvc.perform(get("/admin/meghivok/{id}", 987654).with(admin())).andExpect(status().isNotFound());
		this.mvc.perform(send(987654)).andExpect(status().isNotFound());
	}

}
