package hu.gyakorlattar.campaign;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import hu.gyakorlattar.conference.ConferenceManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long the office waits for an invitation campaign to every municipality (a contact
 * for each of the gazetteer's 3,178): the send's request, and until every letter is
 * queued in the outbox, with the application's default poll interval. On demand only,
 * outside {@code ./mvnw verify}:
 * {@code ./mvnw test -Dtest=InvitationCampaignBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class InvitationCampaignBenchmark {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	WritingInvitations writing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvitationToEveryMunicipality() throws Exception {
		this.jdbc.update("""
				insert into municipality_contact (ksh_code, mayor_family_name, mayor_given_name, mayor_gender, email)
				select ksh_code, 'Polgár', 'Mester', 'UNKNOWN', 'polgarmester-' || ksh_code || '@example.hu'
				from municipality on conflict (ksh_code) do nothing""");
		long conference = this.conferences.upcoming().get(0).id();
		String location = this.mvc
			.perform(post("/admin/meghivok").param("conferenceId", Long.toString(conference))
				.param("subject", "Meghívó a konferenciára")
				.param("body", "Ezúton meghívjuk Önt.")
				.param("signaturePlace", "Budapest")
				.param("signatureDate", "2021-06-07")
				.param("sender", "Legjobb Önkormányzati Gyakorlatok Program Irányító Bizottsága")
				.with(user("iroda@gyakorlattar.example").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		long start = System.nanoTime();
		this.mvc
			.perform(post("/admin/meghivok/{id}/kuldes", id).with(user("iroda@gyakorlattar.example").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		long answered = System.nanoTime();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.writing.campaign(id).getStatus() == InvitationCampaign.Status.SENT);
		long queued = System.nanoTime();

		int recipients = this.jdbc.queryForObject(
				"select count(*) from invitation_recipient where campaign_id = ? and outbox_id is not null",
				Integer.class, id);
		System.out.printf(
				"%nINVITATION CAMPAIGN BENCHMARK: %d recipients; the send answered after %.2f s; "
						+ "all queued in the outbox after %.1f s%n%n",
				recipients, (answered - start) / 1e9, (queued - start) / 1e9);
		assertThat(recipients).isGreaterThan(3000);
	}

}
