package hu.gyakorlattar.questions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.conference.AgendaItemKind;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferencesForRegistrationTests;
import hu.gyakorlattar.registration.RegistrantsForQuestionsTests;
import hu.gyakorlattar.registration.RegistrationAnonymised;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The conference's Q&A as participants and the moderator use it: asking (and every bad
 * input refused with a message), voting once, moderation with merges and pins, the
 * registration form's question, the archive's published answers and the run of show.
 */
@ApplicationTest
@AdjustableClock.Stopped
class QuestionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConferenceManagement conferences;

	@Autowired
	QuestionRepository questions;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AdjustableClock clock;

	@Autowired
	LiveQuestions live;

	@Autowired
	QuestionsProperties questionsProperties;

	@Test
	void aParticipantAsksAndBadInputIsRefusedWithAMessage() throws Exception {
		Fixture f = conference("Kérdezés");
		String anna = participant(f.id(), "Kovács", "Anna");

		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", anna))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérdezzen")))
			.andExpect(content().string(containsString("Előadás a Q&amp;A-ról")))
			.andExpect(content()
				.string(containsString("data-sse-connect=\"/regisztraciom/" + anna + "/kerdesek/frissites\"")));

		ask(anna, null, "   ").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content().string(containsString("<a href=\"#text\">Kérdés: ")));
		ask(anna, null, "x".repeat(501)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Legfeljebb 500 karakter lehet.")));
		Fixture other = conference("Másik konferencia");
		ask(anna, other.talk(), "Idegen programpontra?").andExpect(status().isOk())
			.andExpect(content().string(containsString("Kérjük, a konferencia programjából válasszon.")));
		assertThat(this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id())).isEmpty();

		ask(anna, f.talk(), "<script>alert(1)</script> Hogyan <b>indult</b>?")
			.andExpect(redirectedUrl("/regisztraciom/" + anna + "/kerdesek"))
			.andExpect(flash().attribute("flashKey", "questions.asked"));
		Question stored = this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id()).get(0);
		assertThat(stored.getText()).isEqualTo("<script>alert(1)</script> Hogyan <b>indult</b>?");
		assertThat(stored.getStatus()).isEqualTo(QuestionStatus.NEW);
		assertThat(stored.getAgendaItemId()).isEqualTo(f.talk());
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", anna))
			.andExpect(content()
				.string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; Hogyan &lt;b&gt;indult&lt;/b&gt;?")))
			.andExpect(content().string(not(containsString("<b>indult</b>"))))
			.andExpect(content().string(containsString("Jóváhagyásra vár")))
			.andExpect(content().string(containsString("Még nincs jóváhagyott kérdés.")));
		// Her personal page lists it too (the registration module asks this one).
		this.mvc.perform(get("/regisztraciom/{t}", anna))
			.andExpect(content().string(containsString("Hogyan &lt;b&gt;indult&lt;/b&gt;?")));

		// A flood: three a minute, the fourth gets a friendly message and keeps the text.
		ask(anna, null, "Második kérdés").andExpect(status().is3xxRedirection());
		ask(anna, null, "Harmadik kérdés").andExpect(status().is3xxRedirection());
		ask(anna, null, "Negyedik kerdes").andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Egy kicsit gyorsan érkeztek a kérdései")))
			.andExpect(content().string(containsString("Negyedik kerdes</textarea>")));
		assertThat(this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id())).hasSize(3);

		// Forged links: a clear page, never a 500.
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", "hamisitott-token"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ez a link nem érvényes")));
		this.mvc
			.perform(post("/regisztraciom/{t}/kerdesek", "hamisitott-token").with(csrf()).param("text", "Hamis kérdés"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ez a link nem érvényes")));
		this.mvc.perform(post("/regisztraciom/{t}/kerdesek/{q}/szavazat", "x".repeat(300), stored.getId()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek/frissites", "hamisitott-token"))
			.andExpect(status().isNotFound());

		// A cancelled registration may read but not ask.
		String cancelled = RegistrantsForQuestionsTests.cancelled(this.context, f.id(), "Lemondó", "Lili");
		ask(cancelled, null, "Még kérdeznék").andExpect(status().isOk())
			.andExpect(content().string(containsString("Lemondott regisztrációval nem lehet kérdezni")));
	}

	@Test
	void theModeratorApprovesPinsAnswersHidesEditsAndAnonymityHoldsForTheAudienceOnly() throws Exception {
		Fixture f = conference("Moderálás");
		String bela = participant(f.id(), "Bárány", "Béla");
		String cili = participant(f.id(), "Cseh", "Cili");
		ask(bela, f.talk(), "Névtelen kérdés a költségekről", true).andExpect(status().is3xxRedirection());
		long asked = only(f.id(), "Névtelen kérdés a költségekről");

		// Not yet approved: the audience does not see it, the moderator does, with the
		// name.
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", cili))
			.andExpect(content().string(not(containsString("Névtelen kérdés a költségekről"))));
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jóváhagyásra vár (1)")))
			.andExpect(content().string(containsString("Bárány Béla")))
			.andExpect(content().string(containsString("(a közönség nem látja a nevét)")));

		moderate(f.id(), asked, "jovahagyas").andExpect(flash().attribute("flashKey", "questions.approved"));
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", cili))
			.andExpect(content().string(containsString("Névtelen kérdés a költségekről")))
			.andExpect(content().string(containsString("Név nélkül")))
			.andExpect(content().string(not(containsString("Bárány Béla"))));

		// Typos: fixed; a blank or too long correction changes nothing.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/szerkesztes", f.id(), asked).with(admin())
				.with(csrf())
				.param("text", "Névtelen kérdés a költségekről?"))
			.andExpect(flash().attribute("flashKey", "questions.edited"));
		MvcResult blank = this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/szerkesztes", f.id(), asked).with(admin())
				.with(csrf())
				.param("text", " "))
			.andExpect(flash().attribute("flashKey", "questions.text.blank.moderator"))
			.andExpect(flash().attribute("flashRefused", true))
			.andExpect(redirectedUrl("/admin/esemenyek/" + f.id() + "/kerdesek#szerk-" + asked))
			.andReturn();
		// back on the queue, the question's editor is open where the moderator left it
		this.mvc
			.perform(get("/admin/esemenyek/{id}/kerdesek", f.id()).with(admin())
				.cookie(blank.getResponse().getCookie("SESSION")))
			.andExpect(content().string(
					allOf(containsString("class=\"notice refused\""), containsString("A kérdés szövege nem lehet üres"),
							matchesPattern("(?s).*<details id=\"szerk-" + asked + "\"[^>]* open[^>]*>.*"),
							not(matchesPattern("(?s).*<details id=\"valasz-" + asked + "\"[^>]* open[^>]*>.*")))));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/szerkesztes", f.id(), asked).with(admin())
				.with(csrf())
				.param("text", "y".repeat(501)))
			.andExpect(flash().attribute("flashKey", "questions.text.tooLong.moderator"));
		assertThat(this.questions.findById(asked).orElseThrow().getText()).isEqualTo("Névtelen kérdés a költségekről?");

		// Pinned: the projector shows it large; pinning another lets the first go.
		moderate(f.id(), asked, "kiemeles").andExpect(flash().attribute("flashKey", "questions.pinned"));
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/kivetito", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("projector-question\">Névtelen kérdés a költségekről?")));
		ask(cili, null, "Második, általános kérdés", false).andExpect(status().is3xxRedirection());
		long second = only(f.id(), "Második, általános kérdés");
		moderate(f.id(), second, "kiemeles");
		assertThat(this.questions.findById(asked).orElseThrow().isPinned()).isFalse();
		assertThat(this.questions.findById(second).orElseThrow().isPinned()).isTrue();
		assertThat(this.questions.findById(second).orElseThrow().getStatus()).isEqualTo(QuestionStatus.APPROVED);

		// Answered, with a short written answer; too long an answer is refused.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/megvalaszolva", f.id(), asked).with(admin())
				.with(csrf())
				.param("answer", "z".repeat(1001)))
			.andExpect(flash().attribute("flashKey", "questions.answer.tooLong"));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/megvalaszolva", f.id(), asked).with(admin())
				.with(csrf())
				.param("answer", "A költségek felét pályázat fedezte."))
			.andExpect(flash().attribute("flashKey", "questions.answered"));
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", cili))
			.andExpect(content().string(containsString("Megválaszolt kérdések")))
			.andExpect(content().string(containsString("A költségek felét pályázat fedezte.")));

		// Hidden: gone from the audience's list; no votes on it.
		moderate(f.id(), second, "elrejtes").andExpect(flash().attribute("flashKey", "questions.hidden"));
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", bela))
			.andExpect(content().string(not(containsString("Második, általános kérdés"))));
		vote(bela, second).andExpect(flash().attribute("flashKey", "questions.vote.unavailable"));

		// Auto-approval per conference.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/beallitasok", f.id()).with(admin())
				.with(csrf())
				.param("autoApprove", "true"))
			.andExpect(flash().attribute("flashKey", "questions.settings.saved"));
		ask(bela, null, "Azonnal látható kérdés", false);
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", cili))
			.andExpect(content().string(containsString("Azonnal látható kérdés")));

		// Another conference's question, an unknown one: 404, never a 500.
		Fixture other = conference("Idegen moderálás");
		moderate(other.id(), asked, "jovahagyas").andExpect(status().isNotFound());
		moderate(f.id(), 987654321L, "kiemeles").andExpect(status().isNotFound());
		this.mvc
			.perform(
					get("/admin/esemenyek/{id}/kerdesek", f.id()).with(user("bizottsag@example.hu").roles("COMMITTEE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theProjectorShowsThePinnedQuestionAndTheMostSupportedOnesWithoutTheSitesNavigation() throws Exception {
		Fixture f = conference("Kivetítő");
		String lili = participant(f.id(), "Lakatos", "Lili");
		String marci = participant(f.id(), "Molnár", "Marci");
		ask(lili, f.talk(), "Kiemelt kérdés a vetítőn", false);
		ask(lili, f.talk(), "Kevés támogatású kérdés", false);
		ask(marci, f.talk(), "Sokak által támogatott kérdés", false);
		ask(marci, null, "Jóváhagyásra váró kérdés", false);
		long pinned = only(f.id(), "Kiemelt kérdés a vetítőn");
		long few = only(f.id(), "Kevés támogatású kérdés");
		long many = only(f.id(), "Sokak által támogatott kérdés");
		moderate(f.id(), few, "jovahagyas");
		moderate(f.id(), many, "jovahagyas");
		vote(lili, many).andExpect(flash().attribute("flashKey", "questions.voted"));
		moderate(f.id(), pinned, "kiemeles");

		String page = this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/kivetito", f.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("projector-question\">Kiemelt kérdés a vetítőn")))
			.andExpect(content().string(containsString("A legtöbben támogatott kérdések")))
			.andExpect(content().string(not(containsString("Jóváhagyásra váró kérdés"))))
			// no admin chrome: neither the site's navigation nor links into the admin
			.andExpect(content().string(not(containsString("site-header"))))
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(not(containsString("href=\"/admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Sokak által támogatott kérdés")).isPositive()
			.isLessThan(page.indexOf("Kevés támogatású kérdés"));
		assertThat(page).containsOnlyOnce("Kiemelt kérdés a vetítőn");

		// What the page fetches when told of a change: an answered question leaves the
		// list.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/megvalaszolva", f.id(), many).with(admin())
				.with(csrf())
				.param("answer", ""))
			.andExpect(flash().attribute("flashKey", "questions.answered"));
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/kivetito/tartalom", f.id()).with(admin()))
			.andExpect(content().string(containsString("Kevés támogatású kérdés")))
			.andExpect(content().string(not(containsString("Sokak által támogatott kérdés"))));
		// The asker's own list tells the answered question from the one still waiting
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", marci))
			.andExpect(content().string(stringContainsInOrder("Saját kérdéseim", "Sokak által támogatott kérdés",
					"Megválaszolva", "Jóváhagyásra váró kérdés", "Jóváhagyásra vár")));
	}

	@Test
	void everyoneVotesOnceAndMergedDuplicatesCarryTheirVotes() throws Exception {
		Fixture f = conference("Szavazás");
		String dora = participant(f.id(), "Deák", "Dóra");
		String ede = participant(f.id(), "Erdős", "Ede");
		String feri = participant(f.id(), "Fekete", "Feri");
		ask(dora, f.talk(), "Mennyibe került?", false);
		ask(ede, f.talk(), "Mi volt a költsége?", false);
		long first = only(f.id(), "Mennyibe került?");
		long duplicate = only(f.id(), "Mi volt a költsége?");

		vote(ede, first).andExpect(flash().attribute("flashKey", "questions.vote.unavailable"));
		moderate(f.id(), first, "jovahagyas");
		moderate(f.id(), duplicate, "jovahagyas");

		vote(ede, first).andExpect(flash().attribute("flashKey", "questions.voted"));
		vote(ede, first).andExpect(flash().attribute("flashKey", "questions.vote.already"));
		vote(feri, duplicate).andExpect(flash().attribute("flashKey", "questions.voted"));
		vote(ede, duplicate).andExpect(flash().attribute("flashKey", "questions.vote.own"));
		vote(dora, duplicate).andExpect(flash().attribute("flashKey", "questions.voted"));
		assertThat(this.questions.findById(first).orElseThrow().getVotes()).isEqualTo(1);
		assertThat(this.questions.findById(duplicate).orElseThrow().getVotes()).isEqualTo(2);

		// A participant of another conference cannot vote here.
		Fixture other = conference("Idegen szavazás");
		String stranger = participant(other.id(), "Gál", "Gergő");
		vote(stranger, first).andExpect(flash().attribute("flashKey", "questions.vote.unavailable"));

		this.mvc.perform(get("/regisztraciom/{t}/kerdesek", ede))
			.andExpect(content().string(containsString("Ön támogatja")))
			.andExpect(content().string(containsString("2 szavazat")))
			.andExpect(content().string(containsString("Az Ön kérdése")))
			.andExpect(content().string(not(containsString("/kerdesek/" + duplicate + "/szavazat"))));

		// Merged: Feri's vote goes to the first, which Ede supports already; Dóra's does
		// not, since she asked the first.
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/osszevonas", f.id(), duplicate).with(admin())
				.with(csrf())
				.param("into", Long.toString(first)))
			.andExpect(flash().attribute("flashKey", "questions.merged.done"));
		assertThat(this.questions.findById(first).orElseThrow().getVotes()).isEqualTo(2);
		assertThat(this.questions.findById(duplicate).orElseThrow().getStatus()).isEqualTo(QuestionStatus.MERGED);
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/osszevonas", f.id(), first).with(admin())
				.with(csrf())
				.param("into", Long.toString(first)))
			.andExpect(flash().attribute("flashKey", "questions.merge.self"));
		this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/osszevonas", f.id(), first).with(admin())
				.with(csrf())
				.param("into", "nem-szam"))
			.andExpect(flash().attribute("flashKey", "questions.merge.unknown"));
		vote(dora, duplicate).andExpect(flash().attribute("flashKey", "questions.vote.unavailable"));
		vote(dora, first).andExpect(flash().attribute("flashKey", "questions.vote.own"));
		vote(participant(f.id(), "Gulyás", "Gizella"), first)
			.andExpect(flash().attribute("flashKey", "questions.voted"));
		assertThat(this.questions.findById(first).orElseThrow().getVotes()).isEqualTo(3);
		vote(dora, 987654321L).andExpect(flash().attribute("flashKey", "questions.vote.unavailable"));
	}

	@Test
	void theRegistrationFormsQuestionJoinsTheFirstQuestionBlockAndLeavesWithTheRegistrantsData() throws Exception {
		Fixture f = conference("Űrlapról");
		this.mvc.perform(post("/admin/esemenyek/{id}/kerdesek/beallitasok", f.id()).with(admin())
			.with(csrf())
			.param("autoApprove", "true"));
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", f.id()).with(csrf())
				.param("familyName", "Hegedűs")
				.param("givenName", "Hajnalka")
				.param("email", "hegedus.hajnalka@example.hu")
				.param("post", "jegyző")
				.param("organisation", "Példa Egyesület")
				.param("question", "Lesz felvétel?")
				.param("privacyNoticeAccepted", "true"))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id()).size() == 1);
		Question fromForm = this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id()).get(0);
		assertThat(fromForm.getAgendaItemId()).isEqualTo(f.block());
		assertThat(fromForm.getAuthorName()).isEqualTo("Hegedűs Hajnalka");
		// Never auto-approved: the sender has not confirmed the address yet.
		assertThat(fromForm.getStatus()).isEqualTo(QuestionStatus.NEW);
		// Nor published by hand before the asker confirms: anyone may have typed the
		// address
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek", f.id()).with(admin()))
			.andExpect(content().string(allOf(containsString("Lesz felvétel?"),
					containsString("A kérdező még nem erősítette meg a regisztrációját"),
					not(containsString("id=\"jovahagyas-" + fromForm.getId() + "\"")))));
		for (String action : List.of("jovahagyas", "kiemeles")) {
			moderate(f.id(), fromForm.getId(), action)
				.andExpect(flash().attribute("flashKey", "questions.approve.unconfirmed"));
		}
		assertThat(this.questions.findById(fromForm.getId()).orElseThrow().getStatus()).isEqualTo(QuestionStatus.NEW);
		String token = this.jdbc.queryForObject("select personal_token from registration where email = ?", String.class,
				"hegedus.hajnalka@example.hu");
		this.mvc.perform(post("/regisztraciom/{t}/megerosites", token).with(csrf()))
			.andExpect(status().is3xxRedirection());
		moderate(f.id(), fromForm.getId(), "jovahagyas").andExpect(flash().attribute("flashKey", "questions.approved"));
		this.mvc
			.perform(post("/esemenyek/{id}/regisztracio", f.id()).with(csrf())
				.param("familyName", "Hosszú")
				.param("givenName", "Hugó")
				.param("email", "hosszu.hugo@example.hu")
				.param("post", "jegyző")
				.param("organisation", "Példa Egyesület")
				.param("question", "q".repeat(501))
				.param("privacyNoticeAccepted", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Legfeljebb 500 karakter lehet.")));

		this.transaction.executeWithoutResult(
				(status) -> this.events.publishEvent(new RegistrationAnonymised(fromForm.getRegistrationId(), f.id())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(f.id()).isEmpty());
	}

	@Test
	void afterTheConferenceThePublishedAnswersAppearOnTheArchivePage() throws Exception {
		Fixture f = conference("Archívum");
		String ida = participant(f.id(), "Illés", "Ida");
		ask(ida, f.talk(), "Hol olvasható a beszámoló?", false);
		ask(ida, null, "Megválaszolatlan kérdés", false);
		long answered = only(f.id(), "Hol olvasható a beszámoló?");
		this.mvc.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/megvalaszolva", f.id(), answered).with(admin())
			.with(csrf())
			.param("answer", "A program honlapján, a <b>dokumentumok</b> között."));
		this.mvc.perform(get("/esemenyek/{id}", f.id()))
			.andExpect(content().string(not(containsString("A program honlapján"))));

		Duration toTheEnd = Duration.ofDays(3);
		this.clock.advance(toTheEnd);
		try {
			this.mvc.perform(get("/esemenyek/{id}", f.id()))
				.andExpect(content().string(not(containsString("A program honlapján"))));
			this.mvc.perform(post("/admin/esemenyek/{id}/kerdesek/beallitasok", f.id()).with(admin())
				.with(csrf())
				.param("publishAnswers", "true"));
			this.mvc.perform(get("/esemenyek/{id}", f.id()))
				.andExpect(content().string(containsString("Kérdések és válaszok")))
				.andExpect(content().string(containsString("Hol olvasható a beszámoló?")))
				.andExpect(content()
					.string(containsString("A program honlapján, a &lt;b&gt;dokumentumok&lt;/b&gt; között.")))
				.andExpect(content().string(not(containsString("Megválaszolatlan kérdés"))));
			// Over: no more questions or votes.
			ask(ida, null, "Késői kérdés", false).andExpect(status().isOk())
				.andExpect(content().string(containsString("A konferencia véget ért")));
		}
		finally {
			this.clock.advance(toTheEnd.negated());
		}
	}

	@Test
	void theRunOfShowOfAConferenceWithoutAnAgendaSaysSoInsteadOfAnEmptyTable() throws Exception {
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				"Program nélküli levezetés", day, 100, day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));

		this.mvc.perform(get("/admin/esemenyek/{id}/levezetes", id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Még nincs programpont.")))
			.andExpect(content().string(not(containsString("aria-labelledby=\"program-cim\""))));
	}

	@Test
	void theRunOfShowTellsTheItemRunningTheTimeLeftTheOverrunAndTheNextItem() throws Exception {
		Fixture f = conference("Levezetés");
		String jozsef = participant(f.id(), "Juhász", "József");
		ask(jozsef, f.talk(), "Kérdés az előadáshoz", false);
		ask(jozsef, null, "Általános kérdés a végére", false);
		Duration toTenForty = Duration.between(this.clock.instant(),
				ZonedDateTime.of(f.day(), LocalTime.of(10, 40), HungarianFormats.BUDAPEST).toInstant());
		this.clock.advance(toTenForty);
		Duration advanced = toTenForty;
		try {
			this.mvc.perform(get("/admin/esemenyek/{id}/levezetes", f.id()).with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("running-title\">Kérdések és válaszok")))
				.andExpect(content().string(containsString("Hátralévő idő: 5 perc 0 másodperc")))
				.andExpect(content().string(containsString("10.45 <span>Zárszó</span>")))
				.andExpect(content().string(containsString("Kérdés az előadáshoz")))
				.andExpect(content().string(containsString("Általános kérdés a végére")))
				.andExpect(content().string(containsString("data-hx-trigger=\"every 5s, sse:questions\"")));

			// Started late by the moderator, the talk has its half hour from now on, and
			// overruns only past it.
			this.mvc
				.perform(post("/admin/esemenyek/{id}/levezetes/aktualis", f.id()).with(admin())
					.with(csrf())
					.param("item", Long.toString(f.talk())))
				.andExpect(flash().attribute("flashKey", "questions.run.started"));
			this.mvc.perform(get("/admin/esemenyek/{id}/levezetes/allapot", f.id()).with(admin()))
				.andExpect(content().string(containsString("running-title\">Előadás a Q&amp;A-ról")))
				.andExpect(content().string(containsString("Hátralévő idő: 30 perc 0 másodperc")))
				.andExpect(content().string(containsString("A moderátor indította.")))
				.andExpect(content().string(containsString("10.30 <span>Kérdések és válaszok</span>")))
				.andExpect(content().string(not(containsString("Általános kérdés a végére"))));
			this.clock.advance(Duration.ofMinutes(40));
			advanced = advanced.plusMinutes(40);
			this.mvc.perform(get("/admin/esemenyek/{id}/levezetes/allapot", f.id()).with(admin()))
				.andExpect(content().string(containsString("Túllépés: 10 perc 0 másodperc!")));

			this.mvc
				.perform(post("/admin/esemenyek/{id}/levezetes/aktualis", f.id()).with(admin())
					.with(csrf())
					.param("item", "987654321"))
				.andExpect(flash().attribute("flashKey", "questions.run.unknown"));
			this.mvc
				.perform(post("/admin/esemenyek/{id}/levezetes/aktualis", f.id()).with(admin())
					.with(csrf())
					.param("item", "<b>"))
				.andExpect(flash().attribute("flashKey", "questions.run.unknown"));
			this.mvc.perform(post("/admin/esemenyek/{id}/levezetes/aktualis", f.id()).with(admin()).with(csrf()))
				.andExpect(flash().attribute("flashKey", "questions.run.clock"));
		}
		finally {
			this.clock.advance(advanced.negated());
		}
	}

	@Test
	void livePagesOpenAnEventStream() throws Exception {
		Fixture f = conference("Élő");
		String kata = participant(f.id(), "Kiss", "Kata");
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek/frissites", kata)).andExpect(request().asyncStarted());
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/frissites", f.id()).with(admin()))
			.andExpect(request().asyncStarted());
		this.mvc.perform(get("/admin/esemenyek/{id}/kerdesek/frissites", 987654321L).with(admin()))
			.andExpect(status().isNotFound());
	}

	/**
	 * Stopped and started again, as the test framework pauses and resumes a cached
	 * context between test classes: the live pages still hear of an approval. They did
	 * not when stop() ended the fan-out threads for good, which is why the browser tests'
	 * shared context once missed the moderator's approval on the participant's page.
	 */
	@Test
	void afterAStopAndAStartTheParticipantsPageStillHearsOfTheApproval() throws Exception {
		Fixture f = conference("Újraindítás");
		String kata = participant(f.id(), "Kiss", "Kata");
		ask(kata, f.talk(), "Hallja még az oldalam a jóváhagyást?").andExpect(status().is3xxRedirection());
		long asked = only(f.id(), "Hallja még az oldalam a jóváhagyást?");
		this.live.stop();
		this.live.start();
		MvcResult page = this.mvc.perform(get("/regisztraciom/{t}/kerdesek/frissites", kata))
			.andExpect(request().asyncStarted())
			.andReturn();
		String before = page.getResponse().getContentAsString();

		moderate(f.id(), asked, "jovahagyas").andExpect(flash().attribute("flashKey", "questions.approved"));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(page.getResponse().getContentAsString().substring(before.length()))
				.contains("event:" + LiveQuestions.EVENT));
		this.mvc.perform(get("/regisztraciom/{t}/kerdesek/lista", kata))
			.andExpect(content().string(containsString("Hallja még az oldalam a jóváhagyást?")))
			.andExpect(content().string(containsString("Az Ön kérdése")));
	}

	@Test
	void aRegistrationKeepsItsNewestStreamsAndTheOldestClose() throws Exception {
		Fixture f = conference("Sok fül");
		String kata = participant(f.id(), "Kiss", "Kata");
		int cap = this.questionsProperties.streamsPerRegistration();
		int before = this.live.openStreams();
		List<MvcResult> streams = new ArrayList<>();
		for (int i = 0; i < cap + 2; i++) {
			// each from its own address: only the registration's cap applies
			streams.add(this.mvc
				.perform(get("/regisztraciom/{t}/kerdesek/frissites", kata).with(from("198.51.100." + (i + 1))))
				.andExpect(request().asyncStarted())
				.andReturn());
		}

		assertThat(this.live.openStreams()).isEqualTo(before + cap);
		assertClosed(streams.subList(0, 2));
		assertOpen(streams.subList(2, streams.size()));
	}

	@Test
	void anAddressKeepsItsNewestStreamsAndTheOldestClose() throws Exception {
		Fixture f = conference("Egy hivatal");
		int cap = this.questionsProperties.streamsPerAddress();
		int before = this.live.openStreams();
		List<MvcResult> streams = new ArrayList<>();
		for (int i = 0; i < cap + 2; i++) {
			String token = participant(f.id(), "Hivatal", "Dolgozó " + i);
			streams.add(this.mvc.perform(get("/regisztraciom/{t}/kerdesek/frissites", token).with(from("203.0.113.9")))
				.andExpect(request().asyncStarted())
				.andReturn());
		}

		assertThat(this.live.openStreams()).isEqualTo(before + cap);
		assertClosed(streams.subList(0, 2));
		assertOpen(streams.subList(2, streams.size()));

		// The moderator's and the projector's pages at the same office neither count nor
		// close the audience's.
		this.mvc
			.perform(get("/admin/esemenyek/{id}/kerdesek/frissites", f.id()).with(admin()).with(from("203.0.113.9")))
			.andExpect(request().asyncStarted());
		assertThat(this.live.openStreams()).isEqualTo(before + cap + 1);
		assertOpen(streams.subList(2, streams.size()));
	}

	// --- helpers

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * The server told these pages that a newer one took their place (they stop following
	 * instead of reconnecting) and completed their streams.
	 */
	static void assertClosed(List<MvcResult> streams) throws Exception {
		for (MvcResult stream : streams) {
			stream.getAsyncResult(2000);
			assertThat(stream.getResponse().getContentAsString()).contains("event:" + LiveQuestions.REPLACED);
		}
	}

	/**
	 * These pages' streams are still open: a close would have landed within the first
	 * stream's 50 ms, so the others are looked at without waiting 50 ms each again.
	 */
	static void assertOpen(List<MvcResult> streams) {
		for (int i = 0; i < streams.size(); i++) {
			long wait = (i == 0) ? 50 : 0;
			MvcResult stream = streams.get(i);
			assertThatIllegalStateException().isThrownBy(() -> stream.getAsyncResult(wait));
		}
	}

	@Test
	void anEnglishReaderFindsTheTopicsInEnglishEachWithItsStart() throws Exception {
		Fixture f = conference("Angol programpontok");
		long second = ConferencesForRegistrationTests.withAgendaItem(this.conferences, f.id(), LocalTime.of(11, 0),
				LocalTime.of(11, 15), AgendaItemKind.QUESTIONS, "Kérdések és válaszok, zárókör",
				"Questions and answers, last round");
		String eve = participant(f.id(), "Angol", "Éva");
		ask(eve, second, "Will the slides be shared?").andExpect(status().is3xxRedirection());
		moderate(f.id(), only(f.id(), "Will the slides be shared?"), "jovahagyas");

		String page = this.mvc.perform(get("/regisztraciom/{t}/kerdesek", eve).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Each topic names its start (two question blocks of a day often share a title)
		assertThat(page)
			.contains(">10:30 – Kérdések és válaszok</option>", ">11:00 – Questions and answers, last round</option>")
			// and the question's topic in the list reads in English as well
			.contains("<span>Questions and answers, last round</span>");
	}

	record Fixture(long id, LocalDate day, long talk, long block) {

	}

	/**
	 * A published conference tomorrow 10.00–12.00: a talk, its Q&A block, the closing.
	 */
	Fixture conference(String title) {
		// The day after tomorrow: with tomorrow, registration closed at 23.00 today and a
		// run after 23.00 Budapest time found the form closed.
		LocalDate day = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST).plusDays(2);
		long id = this.transaction.execute((status) -> ConferencesForRegistrationTests.published(this.conferences,
				title, day, 100, day.minusDays(10).atTime(9, 0), day.minusDays(1).atTime(23, 0)));
		long talk = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 0),
				LocalTime.of(10, 30), AgendaItemKind.TALK, "Előadás a Q&A-ról");
		long block = ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 30),
				LocalTime.of(10, 45), AgendaItemKind.QUESTIONS, "Kérdések és válaszok");
		ConferencesForRegistrationTests.withAgendaItem(this.conferences, id, LocalTime.of(10, 45), LocalTime.of(11, 0),
				AgendaItemKind.CLOSING, "Zárszó");
		return new Fixture(id, day, talk, block);
	}

	String participant(long conferenceId, String familyName, String givenName) {
		return RegistrantsForQuestionsTests.confirmed(this.context, conferenceId, familyName, givenName);
	}

	ResultActions ask(String token, Long item, String text) throws Exception {
		return ask(token, item, text, false);
	}

	ResultActions ask(String token, Long item, String text, boolean anonymous) throws Exception {
		return this.mvc.perform(post("/regisztraciom/{t}/kerdesek", token).with(csrf())
			.param("agendaItemId", (item != null) ? item.toString() : "")
			.param("text", text)
			.param("anonymous", Boolean.toString(anonymous)));
	}

	ResultActions vote(String token, long questionId) throws Exception {
		return this.mvc.perform(post("/regisztraciom/{t}/kerdesek/{q}/szavazat", token, questionId).with(csrf()));
	}

	ResultActions moderate(long conferenceId, long questionId, String action) throws Exception {
		return this.mvc
			.perform(post("/admin/esemenyek/{id}/kerdesek/{q}/" + action, conferenceId, questionId).with(admin())
				.with(csrf()));
	}

	long only(long conferenceId, String text) {
		return this.questions.findByConferenceIdOrderByAskedAtAscIdAsc(conferenceId)
			.stream()
			.filter((q) -> q.getText().equals(text))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	static RequestPostProcessor admin() {
		return user("admin@example.hu").roles("ADMIN");
	}

}
