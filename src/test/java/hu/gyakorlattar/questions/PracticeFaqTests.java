package hu.gyakorlattar.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PracticeTitle;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Answered questions become a knowledge-base practice's FAQ: the moderator links one
 * answer or a whole agenda item (bad choices refused beside their field), and the
 * practice page shows the answers only once the conference's answers are published.
 */
@ApplicationTest
class PracticeFaqTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	Moderating moderating;

	@Autowired
	QuestionRepository repository;

	@Autowired
	PracticeLinkRepository links;

	@Autowired
	PracticeManagement practices;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void theModeratorLinksAnswersToPracticesAndThePracticePageShowsThemOncePublished() throws Exception {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).minusDays(1);
		long id = conference("Tudásbázis-kérdések", day);
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, "Falugondnokság");
		Instant asked = this.clock.instant().minus(Duration.ofDays(1));
		long answered = question(id, talk, "Mennyibe kerül egy <b>falubusz</b>?", "Évi 4 millió forintba.", asked);
		question(id, talk, "Ki vezeti a buszt?", "A falugondnok.", asked);
		long unanswered = question(id, talk, "Van-e pályázat rá?", null, asked);
		long foreign = question(conference("Másik konferencia", day), null, "Idegen kérdés", "Idegen válasz", asked);
		List<PracticeTitle> published = this.practices.publishedTitles();
		PracticeTitle practice = published.get(0);
		PracticeTitle other = published.get(1);

		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/gyakorlatok", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mennyibe kerül egy &lt;b&gt;falubusz&lt;/b&gt;?")))
			.andExpect(content().string(not(containsString("Van-e pályázat rá?"))))
			.andExpect(content().string(containsString("A válaszok még nem nyilvánosak")));

		linkAnswer(id, String.valueOf(unanswered), String.valueOf(practice.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"questionId-error\"")))
			.andExpect(content().string(containsString("Csak írásos válasszal megválaszolt kérdés kapcsolható.")));
		linkAnswer(id, String.valueOf(foreign), String.valueOf(practice.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Csak írásos válasszal megválaszolt kérdés kapcsolható.")));
		linkAnswer(id, String.valueOf(answered), "987654321").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"answerPracticeId-error\"")))
			.andExpect(content().string(containsString("Kérjük, válasszon egy közzétett gyakorlatot.")));
		linkAnswer(id, "abc", String.valueOf(practice.id())).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Kérjük, egész számot adjon meg, számjegyekkel (tagolás nélkül).")));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/programpont", id).with(admin())
				.with(csrf())
				.param("agendaItemId", "987654321")
				.param("practiceId", String.valueOf(other.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"agendaItemId-error\"")))
			.andExpect(content().string(containsString("Kérjük, a konferencia programjából válasszon.")));
		assertThat(this.links.findByConferenceIdOrderByLinkedAtAscIdAsc(id)).isEmpty();

		linkAnswer(id, String.valueOf(answered), String.valueOf(practice.id()))
			.andExpect(redirectedUrl("/admin/esemenyek/" + id + "/kerdesek/gyakorlatok"))
			.andExpect(flash().attribute("flashKey", "questions.practice.linked"));
		linkAnswer(id, String.valueOf(answered), String.valueOf(practice.id())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ez már kapcsolva van ehhez a gyakorlathoz.")));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/programpont", id).with(admin())
				.with(csrf())
				.param("agendaItemId", String.valueOf(talk))
				.param("practiceId", String.valueOf(other.id())))
			.andExpect(status().is3xxRedirection());

		// Not yet published: the practice pages show nothing of it.
		page(practice).andExpect(content().string(not(containsString("falubusz"))));
		page(other).andExpect(content().string(not(containsString("id=\"gyik\""))));

		this.transaction.executeWithoutResult(
				(status) -> this.moderating.configure(id, new ModerationForms.SettingsForm(false, true)));
		page(practice).andExpect(content().string(containsString("Gyakori kérdések")))
			.andExpect(content().string(containsString("Mennyibe kerül egy &lt;b&gt;falubusz&lt;/b&gt;?")))
			.andExpect(content().string(containsString("Évi 4 millió forintba.")))
			.andExpect(content().string(containsString("href=\"/esemenyek/" + id + "\"")))
			.andExpect(content().string(not(containsString("Ki vezeti a buszt?"))));
		page(other).andExpect(content().string(containsString("falubusz")))
			.andExpect(content().string(containsString("A falugondnok.")))
			.andExpect(content().string(not(containsString("Van-e pályázat rá?"))));

		// Unlinked: gone from the practice page; another conference's link is not found.
		long linkId = this.links.findByConferenceIdOrderByLinkedAtAscIdAsc(id).get(0).getId();
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/{l}/torles", id + 1, linkId).with(admin())
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/{l}/torles", id, linkId).with(admin())
				.with(csrf()))
			.andExpect(flash().attribute("flashKey", "questions.practice.unlinked"));
		page(practice).andExpect(content().string(not(containsString("falubusz"))));

		// Only the office links.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/valasz", id)
				.with(user("palyazo@example.hu").roles("APPLICANT"))
				.with(csrf())
				.param("questionId", String.valueOf(answered))
				.param("practiceId", String.valueOf(practice.id())))
			.andExpect(status().isForbidden());
	}

	private long conference(String title, LocalDate day) {
		return this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences, title,
				day, 100, day.minusDays(30).atTime(9, 0), day.minusDays(1).atTime(9, 0)));
	}

	/**
	 * A question asked at the conference, answered in writing unless {@code answer} is
	 * null.
	 */
	private long question(long conferenceId, Long agendaItemId, String text, String answer, Instant askedAt) {
		return this.transaction.execute((status) -> {
			Question question = new Question(conferenceId, agendaItemId, null, "Teszt Elek", false, text, true,
					askedAt);
			if (answer != null) {
				question.answered(askedAt.plusSeconds(60), answer);
			}
			return this.repository.save(question).getId();
		});
	}

	private ResultActions linkAnswer(long conferenceId, String questionId, String practiceId) throws Exception {
		return this.mvc.perform(post("/admin/esemenyek/{id}/kerdesek/gyakorlatok/valasz", conferenceId).with(admin())
			.with(csrf())
			.param("questionId", questionId)
			.param("practiceId", practiceId));
	}

	private ResultActions page(PracticeTitle practice) throws Exception {
		return this.mvc.perform(get("/gyakorlatok/{slug}", practice.slug())).andExpect(status().isOk());
	}

	private static RequestPostProcessor admin() {
		return user("admin@example.hu").roles("ADMIN");
	}

}
