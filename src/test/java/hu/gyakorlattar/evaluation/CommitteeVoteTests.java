package hu.gyakorlattar.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee as a real one decides: a flagged spread calls in a third evaluator (or,
 * with none free, a written resolution) before anything is put to the vote, and the
 * decision is taken by the recorded vote of the call's committee, never one click; the
 * office prints the minutes.
 */
@ApplicationTest
@AdjustableClock.Stopped
class CommitteeVoteTests {

	private static final String ADMIN = "iroda@example.hu";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AssigningEvaluators assigning;

	@Autowired
	Evaluations evaluations;

	@Autowired
	AssignmentRepository assignments;

	@Autowired
	EvaluatorRepository evaluators;

	@Autowired
	ConflictRepository conflicts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AdjustableClock clock;

	@Autowired
	HungarianFormats formats;

	private EvaluationsForTests given;

	@BeforeEach
	void fixtures() {
		this.given = EvaluationsForTests.in(this.context);
	}

	@Test
	void aFlaggedSpreadGetsAThirdEvaluatorAndWithNoneFreeAWrittenResolutionBeforeAnythingIsVoted() throws Exception {
		long callId = this.given.anOpenCall("Eltérések próbája");
		String harsh = this.given.anEvaluator("szigoru.elteres@example.hu", null);
		String lenient = this.given.anEvaluator("engedekeny.elteres@example.hu", null);
		this.given.anEvaluator("harmadik.elteres@example.hu", null);
		long referred = this.given.anAcceptedApplication(callId, "a@kartal.example.hu", "Kartal",
				"Kartali közösségi kert");
		long unsettled = this.given.anAcceptedApplication(callId, "b@verseg.example.hu", "Verseg",
				"Versegi idősgondozás");
		// Everybody else on the panel declared a conflict with the second application.
		this.evaluators.findAll()
			.stream()
			.map(Evaluator::getEmail)
			.filter((email) -> !email.equals(harsh) && !email.equals(lenient))
			.forEach((email) -> this.conflicts
				.save(Conflict.withApplication(unsettled, email, "Rokon.", this.clock.instant())));
		for (long id : new long[] { referred, unsettled }) {
			this.assigning.assign(callId, new AssignmentForm(id, harsh), ADMIN);
			this.assigning.assign(callId, new AssignmentForm(id, lenient), ADMIN);
			this.given.aSubmittedSheet(harsh, id, 1);
			this.given.aSubmittedSheet(lenient, id, 5);
		}

		assertThat(this.evaluations.tally(referred).settlement()).isEqualTo(Tally.Spread.THIRD_AWAITED);
		Assignment third = this.assignments.findBySubmissionIdOrderById(referred)
			.stream()
			.filter(Assignment::isTieBreaker)
			.findFirst()
			.orElseThrow();
		assertThat(third.getEvaluator()).isNotIn(harsh, lenient);
		assertThat(this.outbox.messages(null, PageRequest.of(0, 500)))
			.anyMatch((mail) -> mail.getRecipient().equals(third.getEvaluator())
					&& mail.getBodyText().contains("Kartali közösségi kert"));
		assertThat(this.evaluations.tally(unsettled).settlement()).isEqualTo(Tally.Spread.UNSETTLED);
		this.mvc.perform(asAdmin(get("/bizottsagi-ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("harmadik értékelő kiosztva"),
					containsString("nincs szabad harmadik értékelő"))));

		String member = this.given.aCommitteeMember("elteres.tag@example.hu", "Tag", "Teréz");
		seat(callId, List.of(member)).andExpect(flash().attribute("flashKey", "evaluation.voting.saved"));
		propose(member, referred, "WINNER", "Kiváló.")
			.andExpect(flash().attribute("flashKey", "evaluation.spread.awaitingThird"));
		propose(member, unsettled, "WINNER", "Kiváló.")
			.andExpect(flash().attribute("flashKey", "evaluation.spread.unresolved"));

		this.mvc
			.perform(as(member, post("/bizottsagi-ertekeles/palyazatok/" + unsettled + "/elteres-feloldasa"))
				.param("resolution", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"resolution-error\""), containsString("miért nem akadálya az eltérés"))));
		this.mvc
			.perform(as(member, post("/bizottsagi-ertekeles/palyazatok/" + unsettled + "/elteres-feloldasa"))
				.param("resolution", "A szigorú értékelő a tavalyi költségvetést olvasta."))
			.andExpect(flash().attribute("flashKey", "evaluation.spread.resolved"));
		this.mvc
			.perform(as(member, post("/bizottsagi-ertekeles/palyazatok/" + unsettled + "/elteres-feloldasa"))
				.param("resolution", "Még egyszer."))
			.andExpect(flash().attribute("flashKey", "evaluation.spread.alreadyResolved"));
		this.mvc.perform(as(member, get("/bizottsagi-ertekeles/palyazatok/" + unsettled)))
			.andExpect(content().string(allOf(containsString("A szigorú értékelő a tavalyi költségvetést olvasta."),
					containsString("a bizottság írásban feloldotta"), containsString("Tag Teréz"))));
		propose(member, unsettled, "GOOD_PRACTICE", "Átvehető.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
		assertThat(minutesOf(callId)).contains("Versegi idősgondozás",
				"A szigorú értékelő a tavalyi költségvetést olvasta.", "Tag Teréz", "szavazás folyamatban");

		this.given.aSubmittedSheet(third.getEvaluator(), referred, 3);
		assertThat(this.evaluations.tally(referred).settlement()).isEqualTo(Tally.Spread.THIRD_IN);
		propose(member, referred, "WINNER", "Kiváló.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
	}

	@Test
	void theCommitteeDecidesByARecordedVoteAndAMemberWithAConflictDoesNotVote() throws Exception {
		long callId = this.given.anOpenCall("Szavazás próbája");
		long id = this.given.anAcceptedApplication(callId, "c@galgaheviz.example.hu", "Galgahévíz",
				"Galgahévízi falugondnok");
		String anna = this.given.aCommitteeMember("anna.szavazo@example.hu", "Szavazó", "Anna");
		// A title typed into the family name does not count in the order of the minutes'
		// members
		String bela = this.given.aCommitteeMember("bela.szavazo@example.hu", "dr. Szavazó", "Béla");
		String cecil = this.given.aCommitteeMember("cecil.szavazo@example.hu", "Szavazó", "Cecil");
		this.conflicts.save(Conflict.withApplication(id, cecil, "A polgármester testvére.", this.clock.instant()));

		propose(anna, id, "WINNER", "Kiváló.").andExpect(flash().attribute("flashKey", "evaluation.motion.noCommittee"))
			.andExpect(flash().attribute("flashRefused", true))
			.andExpect(flash().attribute("decisionForm", new DecisionForm(Result.WINNER, "Kiváló.")));
		seat(callId, List.of()).andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"members-error\""), containsString("legalább egy tagot"))));
		seat(callId, List.of(anna, "nem.tag@example.hu")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Csak bizottsági fiókkal")));
		seat(callId, List.of(anna, bela, cecil)).andExpect(flash().attribute("flashKey", "evaluation.voting.saved"));
		vote(anna, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.vote.noMotion"));

		this.mvc
			.perform(as(anna, post("/bizottsagi-ertekeles/palyazatok/" + id + "/dontes")).param("result", "")
				.param("justification", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"result-error\""), containsString("id=\"justification-error\""))));
		propose(anna, id, "WINNER", "Mérhető eredmények, kis faluban is működik.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
		// The member with a vote is told by mail; the proposer knows, the conflicted has
		// none
		assertThat(votesMailedTo(bela)).singleElement()
			.satisfies((mail) -> assertThat(mail.getBodyText()).contains("Kedves dr. Szavazó Béla!",
					"Szavazó Anna szavazásra bocsátotta Galgahévíz „Galgahévízi falugondnok” című pályázatáról",
					"ezt a javaslatot: Legjobb gyakorlat.", "Indoklás: Mérhető eredmények, kis faluban is működik.",
					"/bizottsagi-ertekeles/palyazatok/" + id));
		assertThat(votesMailedTo(anna)).isEmpty();
		assertThat(votesMailedTo(cecil)).isEmpty();
		propose(bela, id, "NOT_SELECTED", "Mégsem.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.alreadyOpen"));

		vote(cecil, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.vote.conflict"));
		vote(ADMIN, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.vote.notMember"));
		vote(anna, id, "NO", " ").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reason-error\""), containsString("indokolja"))));
		vote(anna, id, "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("válassza ki a szavazatát")))
			.andExpect(content().string(containsString("<a href=\"#choice1\">Szavazat: ")));
		vote(bela, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.vote.cast"));
		vote(bela, id, "NO", "Meggondoltam.").andExpect(flash().attribute("flashKey", "evaluation.vote.twice"));
		// one yes, one no: all who may vote have, and there is no majority
		vote(anna, id, "NO", "Nincs mérhető eredmény.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.defeated"));
		vote(cecil, id, "ABSTAIN", "").andExpect(flash().attribute("flashKey", "evaluation.vote.closed"));
		assertThat(this.evaluations.stageOf(id)).isEqualTo(Stage.WRITTEN_EVALUATION);

		propose(bela, id, "GOOD_PRACTICE", "Átvehető, de nem a legjobb.")
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
		// The members' start page lists the votes waiting for each, not one cast or
		// barred, with how many of the two who may vote have
		String waiting = "Galgahévízi falugondnok – javaslat: Jó gyakorlat";
		assertThat(waitingFor(anna)).containsExactly(waiting + " (0 / 2 tag szavazott)");
		assertThat(waitingFor(cecil)).isEmpty();
		vote(bela, id, "YES", "Jól dokumentált.").andExpect(flash().attribute("flashKey", "evaluation.vote.cast"));
		assertThat(waitingFor(bela)).isEmpty();
		assertThat(waitingFor(anna)).containsExactly(waiting + " (1 / 2 tag szavazott)");
		vote(anna, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.decided"));
		assertThat(waitingFor(anna)).isEmpty();
		vote(anna, id, "YES", "").andExpect(flash().attribute("flashKey", "evaluation.vote.closed"));

		EvaluationView decided = this.evaluations.evaluation(id);
		assertThat(decided.stage()).isEqualTo(Stage.DECIDED);
		assertThat(decided.result()).isEqualTo(Result.GOOD_PRACTICE);
		assertThat(decided.justification()).isEqualTo("Átvehető, de nem a legjobb.");
		this.mvc.perform(as(bela, get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(content()
				.string(allOf(containsString("Nincs mérhető eredmény."), containsString("Jól dokumentált."),
						containsString("Összeférhetetlenség miatt nem szavaz: Szavazó Cecil"),
						containsString("elfogadva"), containsString("elutasítva"))));

		String minutes = minutesOf(callId);
		assertThat(minutes).contains("Jegyzőkönyv a bizottság döntéseiről", "Galgahévízi falugondnok", "Jó gyakorlat",
				"Átvehető, de nem a legjobb.", "Szavazó Anna", "Nincs mérhető eredmény.", "Jól dokumentált.",
				"Összeférhetetlenség miatt nem szavaz: Szavazó Cecil", "elutasítva", "elfogadva", HungarianFormats
					.inLanguage(HungarianFormats.HUNGARIAN, () -> this.formats.dateTime(this.clock.instant())));
		assertThat(minutes).doesNotContain("anna.szavazo@example.hu")
			.contains("Szavazó Anna, dr. Szavazó Béla, Szavazó Cecil");
	}

	private List<OutboxMessage> votesMailedTo(String member) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.stream()
			.filter((mail) -> mail.getRecipient().equals(member)
					&& mail.getSubject().equals("Szavazásra vár: Galgahévízi falugondnok"))
			.toList();
	}

	/** The votes a member's start page lists as waiting for theirs. */
	private List<String> waitingFor(String member) throws Exception {
		String page = this.mvc.perform(as(member, get("/bizottsagi-ertekeles")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(page).select("#szavazasra-var + ul > li").eachText();
	}

	/** The minutes as a reader gets them: tagged for screen readers, and their text. */
	private String minutesOf(long callId) throws Exception {
		byte[] pdf = this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId + "/jegyzokonyv.pdf")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("hu");
			return new PDFTextStripper().getText(document);
		}
	}

	private ResultActions seat(long callId, List<String> members) throws Exception {
		return this.mvc.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/bizottsag"))
			.param("members", members.toArray(String[]::new))
			.param("quorum", "MORE_THAN_HALF")
			.param("majority", "SIMPLE"));
	}

	private ResultActions propose(String member, long id, String result, String justification) throws Exception {
		return this.mvc
			.perform(as(member, post("/bizottsagi-ertekeles/palyazatok/" + id + "/dontes")).param("result", result)
				.param("justification", justification));
	}

	private ResultActions vote(String member, long id, String choice, String reason) throws Exception {
		return this.mvc
			.perform(as(member, post("/bizottsagi-ertekeles/palyazatok/" + id + "/szavazat")).param("choice", choice)
				.param("reason", reason));
	}

	private static MockHttpServletRequestBuilder as(String member, MockHttpServletRequestBuilder request) {
		return request.with(user(member).roles("COMMITTEE")).with(csrf());
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(ADMIN).roles("ADMIN")).with(csrf());
	}

}
