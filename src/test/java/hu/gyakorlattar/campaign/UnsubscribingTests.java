package hu.gyakorlattar.campaign;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.municipality.ContactSelection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unsubscribing from the letter: one click as a mail provider posts it, or the page and
 * its confirmation; a forged link gets a friendly page.
 */
class UnsubscribingTests extends InvitationCampaignTest {

	/** The mayors are every campaign class's: the next one writes to them again. */
	@AfterEach
	void subscribeTheMayorsAgain() {
		this.jdbc.update("delete from mail_unsubscribed where email in (?, ?)", "bela@abaliget.example",
				"polgarmester@szada.example");
	}

	@Test
	void oneClickUnsubscribesWithoutACsrfTokenAndLaterCampaignsLeaveTheAddressOut() throws Exception {
		long first = createCampaign();
		this.mvc.perform(send(first).param("counties", county("Abaliget"))).andExpect(status().is3xxRedirection());
		String token = token(receivedBy("bela@abaliget.example"));

		// What a mail provider posts (RFC 8058): no session, no CSRF token.
		this.mvc
			.perform(post("/leiratkozas/{token}", token).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leiratkozott")));
		this.mvc.perform(post("/leiratkozas/{token}", token).param("List-Unsubscribe", "One-Click"))
			.andExpect(status().isOk());
		assertThat(this.unsubscriptions.isUnsubscribed("bela@abaliget.example")).isTrue();

		long second = createCampaign();
		this.mvc.perform(get("/admin/meghivok/{id}/kuldes", second).param("counties", county("Abaliget")).with(admin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("selectionForm"))
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		this.mvc.perform(send(second).param("counties", county("Abaliget")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ennek a kiválasztásnak nincs címzettje")));
		AddressingCampaigns.Reach everyone = this.campaigns.reach(ContactSelection.all());
		assertThat(everyone.unsubscribed()).isGreaterThanOrEqualTo(1);
		this.mvc.perform(send(second)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForList("select email from invitation_recipient where campaign_id = ?", String.class,
				second))
			.isNotEmpty()
			.doesNotContain("bela@abaliget.example");

		this.mvc.perform(get("/admin/meghivok/{id}/allapot", first).with(admin()))
			.andExpect(content().string(containsString("<dd id=\"stat-unsubscribed\">1</dd>")));
	}

	@Test
	void theLinkItselfOnlyAsksAndTheConfirmationUnsubscribes() throws Exception {
		long id = createCampaign();
		this.mvc.perform(send(id).param("counties", county("Szada"))).andExpect(status().is3xxRedirection());
		MimeMessage mail = receivedBy("polgarmester@szada.example");
		assertThat(text(mail)).contains("Tisztelt Polgármester Asszony, Polgármester Úr!");
		String token = token(mail);

		// A link scanner opening the page unsubscribes no one.
		this.mvc.perform(get("/leiratkozas/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("polgarmester@szada.example"),
					containsString("action=\"/leiratkozas/" + token + "/megerosites\""),
					containsString("name=\"_csrf\""))));
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();
		// A post that is not a mail provider's one-click only asks too.
		this.mvc.perform(post("/leiratkozas/{token}", token)).andExpect(status().isBadRequest());
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();
		// The confirmation is an ordinary form: without its token it is refused.
		this.mvc.perform(post("/leiratkozas/{token}/megerosites", token)).andExpect(status().isForbidden());
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isFalse();

		this.mvc.perform(post("/leiratkozas/{token}/megerosites", token).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Leiratkozott")));
		assertThat(this.unsubscriptions.isUnsubscribed("polgarmester@szada.example")).isTrue();
		this.mvc.perform(get("/leiratkozas/{token}", token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Leiratkozott"), not(containsString("megerosites")))));
	}

	@Test
	void forgedOrBrokenLinksGetAFriendlyPage() throws Exception {
		for (String token : List.of("nincs-ilyen-token", "A".repeat(43), "x".repeat(300), "<script>")) {
			this.mvc.perform(get("/leiratkozas/{token}", token))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Ezt a leiratkozási linket nem ismerjük")));
			this.mvc.perform(post("/leiratkozas/{token}", token).param("List-Unsubscribe", "One-Click"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("Ezt a leiratkozási linket nem ismerjük")));
			this.mvc.perform(post("/leiratkozas/{token}/megerosites", token).with(csrf()))
				.andExpect(status().isNotFound());
		}
	}

}
