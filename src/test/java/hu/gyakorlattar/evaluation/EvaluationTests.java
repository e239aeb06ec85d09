package hu.gyakorlattar.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutboxMessage;
import hu.gyakorlattar.shared.AdjustableClock;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.ExcelAsRead;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionStatus;
import hu.gyakorlattar.submission.SubmissionsForTests;
import hu.gyakorlattar.submission.UploadedFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's evaluation: every stage move in the audit log and back only by an admin
 * with a reason; the panel assigned evenly and never against a conflict of interest;
 * scores private to their evaluator until submitted, then tallied for the committee; and
 * every form's bad input answered next to its field.
 */
@ApplicationTest
@AdjustableClock.Stopped
class EvaluationTests {

	private static final String COMMITTEE = "bizottsag@example.hu";

	private static final String ADMIN = "iroda@example.hu";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SubmissionManagement submissions;

	@Autowired
	Evaluations evaluations;

	@Autowired
	AssigningEvaluators assigning;

	@Autowired
	Ranking ranking;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AdjustableClock clock;

	@Autowired
	RemindingEvaluators reminding;

	@Autowired
	JdbcTemplate jdbc;

	private EvaluationsForTests given;

	@BeforeEach
	void fixtures() {
		this.given = EvaluationsForTests.in(this.context);
	}

	@Test
	void theOfficeReadsThePanelAndTheCommitteeInHungarianAlphabeticalOrder() throws Exception {
		String page = this.mvc.perform(asAdmin(get("/admin/ertekeles/ertekelok")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> cells = Pattern.compile("<td>([^<]*)</td>")
			.matcher(page)
			.results()
			.map((cell) -> cell.group(1))
			.toList();
		// Ordered by address, "agnes.kelemen@…" came first.
		assertThat(cells).containsSubsequence("Bognár Csaba", "Székesfehérvár", "dr. Kelemen Ágnes", "Debrecen",
				"Lukács Erzsébet", "Kecskemét", "Pintér Hajnalka", "Szombathely", "Varga Bence", "Veszprém");
		assertThat(page).contains("<th scope=\"col\">Saját önkormányzat</th>");

		// The committee members to seat on a call, their "dr." not counted
		String call = this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + this.given.anOpenCall("Névsor"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(call).containsSubsequence(">dr. Horváth Zsuzsanna</label>", ">Major Gergely</label>",
				">dr. Rácz Imre</label>", ">Szilágyi Márta</label>", ">Tóth Ferenc</label>");
	}

	@Test
	void theCommitteeMovesAnApplicationThroughEveryStageAndEachMoveIsLogged() throws Exception {
		committeeMember();
		long callId = this.given.anOpenCall("Szakaszok próbája");
		long id = this.given.anApplication(callId, "anna@dany.example.hu", "Dány", "Dányi falugondnokság");
		long other = this.given.anApplication(callId, "bea@zsambok.example.hu", "Zsámbok", "Zsámboki piac");

		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + other + "/formai-elutasitas"))
				.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reject-reason-error\"")))
			.andExpect(content().string(containsString("Kérjük, írja le az okát.")));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + other + "/formai-elutasitas"))
				.param("reason", "Hiányzik a polgármester nyilatkozata."))
			.andExpect(flash().attribute("flashKey", "evaluation.rejected"));
		awaitStatus(other, SubmissionStatus.FORMALLY_REJECTED);
		this.mvc
			.perform(
					asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + other + "/dontes")).param("result", "WINNER")
						.param("justification", "Mégis."))
			.andExpect(flash().attribute("flashKey", "evaluation.stage.wrong"));

		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/formai-elfogadas")).param("reason",
					""))
			.andExpect(flash().attribute("flashKey", "evaluation.accepted"));
		awaitStatus(id, SubmissionStatus.UNDER_EVALUATION);
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/formai-elfogadas")).param("reason",
					""))
			.andExpect(flash().attribute("flashKey", "evaluation.stage.wrong"));

		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/rovid-lista")).param("reason",
					"Erős."))
			.andExpect(flash().attribute("flashKey", "evaluation.shortlisted"));
		awaitStatus(id, SubmissionStatus.SHORTLISTED);
		this.mvc.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/donto")).param("reason", ""))
			.andExpect(flash().attribute("flashKey", "evaluation.final.noVisit"));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/latogatas")).param("mode", "ON_SITE")
				.param("visitedOn", "tegnap")
				.param("report", "Jelentés"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"visitedOn-error\"")));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/latogatas")).param("mode", "")
				.param("visitedOn", "2031-07-05")
				.param("report", ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"mode-error\""), containsString("id=\"report-error\""))));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/latogatas")).param("mode", "ON_SITE")
				.param("visitedOn", "2031-07-05")
				.param("report", "A falugondnok két autóval naponta negyven idős embert lát el."))
			.andExpect(flash().attribute("flashKey", "evaluation.visitRecorded"));
		this.mvc.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/donto")).param("reason", ""))
			.andExpect(flash().attribute("flashKey", "evaluation.invited"));
		awaitStatus(id, SubmissionStatus.FINALIST);

		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/dontes")).param("result", "")
				.param("justification", ""))
			.andExpect(content()
				.string(allOf(containsString("id=\"result-error\""), containsString("id=\"justification-error\""))));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/dontes")).param("result", "WINNER")
				.param("justification", "Kis faluban is megvalósítható, mérhető eredményekkel."))
			.andExpect(flash().attribute("flashKey", "evaluation.motion.noCommittee"));
		seatCommittee(callId);
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/dontes")).param("result", "WINNER")
				.param("justification", "Kis faluban is megvalósítható, mérhető eredményekkel."))
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
		voteYes(id);
		assertThat(statusOf(id)).as("the applicant learns the result when it is published")
			.isEqualTo(SubmissionStatus.FINALIST);

		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("Legjobb gyakorlat"), containsString("Bizottsági Béla"),
					not(containsString(COMMITTEE)), containsString("Döntő (bemutatkozás) → Döntés született"),
					containsString("helyszíni"), not(containsString("visszalepes")))));

		this.mvc.perform(asCommittee(post("/admin/ertekeles/palyazatok/" + id + "/visszalepes")).param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + id + "/visszalepes")).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"stepBack-reason-error\""), containsString("Kérjük, írja le az okát."))));
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + id + "/visszalepes")).param("reason",
					"A döntést a bizottság újratárgyalja."))
			.andExpect(flash().attribute("flashKey", "evaluation.steppedBack"));
		EvaluationView back = this.evaluations.evaluation(id);
		assertThat(back.stage()).isEqualTo(Stage.FINAL);
		assertThat(back.result()).isNull();
		assertThat(back.moves()).extracting(EvaluationView.Move::to)
			.containsExactly(Stage.WRITTEN_EVALUATION, Stage.SITE_VISIT, Stage.FINAL, Stage.DECIDED, Stage.FINAL);
		assertThat(back.moves().get(4).by()).isEqualTo(ADMIN);
		assertThat(back.moves().get(4).reason()).isEqualTo("A döntést a bizottság újratárgyalja.");
		assertThat(this.submissions.find(id).orElseThrow().history())
			.extracting(hu.gyakorlattar.submission.SubmissionView.StatusChangeView::status)
			.containsExactly(SubmissionStatus.DRAFT, SubmissionStatus.SUBMITTED, SubmissionStatus.FORMALLY_ACCEPTED,
					SubmissionStatus.UNDER_EVALUATION, SubmissionStatus.SHORTLISTED, SubmissionStatus.FINALIST);
	}

	@Test
	void evaluatorsAreAssignedEvenlyAndNeverAgainstAConflictOfInterest() throws Exception {
		long callId = this.given.anOpenCall("Kiosztás próbája");
		String koka = this.given.ksh("Kóka");
		long fromKoka = accepted(this.given.anApplication(callId, "a@koka.example.hu", "Kóka", "Kókai tanyabusz"));
		List<Long> others = List.of(
				accepted(this.given.anApplication(callId, "b@galgaheviz.example.hu", "Galgahévíz", "Galgahévízi klub")),
				accepted(this.given.anApplication(callId, "c@zsambok2.example.hu", "Tóalmás", "Tóalmási kert")));
		String kokai = evaluator("ertekelo.kokai@example.hu");
		String masik = evaluator("ertekelo.masik@example.hu");
		String harmadik = evaluator("ertekelo.harmadik@example.hu");

		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/ertekelok")).param("email", "nincs@example.hu").param("home", ""))
			.andExpect(content().string(containsString("Nincs ilyen értékelő szerepkörű felhasználó.")));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/ertekelok")).param("email", "").param("home", ""))
			.andExpect(content()
				.string(allOf(containsString("id=\"email-error\""), containsString("Kérjük, válasszon értékelőt."))));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/ertekelok")).param("email", kokai).param("home", "Kók"))
			.andExpect(content()
				.string(allOf(containsString("id=\"home-error\""), containsString("Nincs ilyen nevű település"),
						containsString("<option value=\"Kóka (" + koka + ")\">"))));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/ertekelok")).param("email", kokai).param("home", "99999"))
			.andExpect(content().string(containsString("Nincs 99999 KSH-kódú település")));
		// By name, as the municipality picker takes it: Kóka's application is never hers
		enlist(kokai, "Kóka");
		enlist(masik, "");
		enlist(harmadik, "");
		this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("Még nincs értékelője."),
					not(containsString("<ul class=\"actions-list\">")))));

		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/automatikus-kiosztas"))
				.param("perApplication", "0"))
			.andExpect(content().string(containsString("id=\"perApplication-error\"")));
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/automatikus-kiosztas"))
				.param("perApplication", "2"))
			.andExpect(flash().attribute("flashKey", "evaluation.assign.done"));
		Map<Long, List<String>> assigned = this.assigning.assignments(callId)
			.stream()
			.collect(Collectors.toMap((row) -> row.evaluation().id(),
					(row) -> row.assigned()
						.stream()
						.map(AssigningEvaluators.AssignmentRow.Assigned::evaluator)
						.toList()));
		assertThat(assigned.get(fromKoka)).hasSize(2).doesNotContain(kokai);
		others.forEach((id) -> assertThat(assigned.get(id)).hasSize(2));
		Map<String, Long> load = assigned.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.groupingBy((email) -> email, Collectors.counting()));
		// Other tests' evaluators share the panel (and the load counts every call), so
		// the
		// work spreads over all of them: nobody gets more than one application above
		// anyone
		assertThat(load.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
		assertThat(Collections.max(load.values()) - Collections.min(load.values())).isLessThanOrEqualTo(1);
		assertThat(this.ranking.of(callId)).hasSize(3).allMatch(Ranking.Ranked::fewerThanPlanned);
		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("0 / 2"), containsString("kevesebb a tervezettnél"))));

		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/kiosztas"))
				.param("applicationId", String.valueOf(fromKoka))
				.param("evaluator", kokai))
			.andExpect(content().string(allOf(containsString("id=\"evaluator-error\""),
					containsString("Ez az értékelő összeférhetetlen ezzel a pályázattal."))));
		this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("Értékelő Ede (Kóka): saját önkormányzata"),
					not(containsString("Még nincs értékelője.")))));
		this.mvc.perform(asEvaluator(kokai, get("/ertekeles/palyazatok/" + fromKoka))).andExpect(status().isNotFound());

		long declared = others.get(0);
		String declaring = assigned.get(declared).get(0);
		this.mvc
			.perform(asEvaluator(declaring, post("/ertekeles/palyazatok/" + declared + "/osszeferhetetlenseg"))
				.param("note", ""))
			.andExpect(content().string(containsString("id=\"note-error\"")));
		this.mvc
			.perform(asEvaluator(declaring, post("/ertekeles/palyazatok/" + declared + "/osszeferhetetlenseg"))
				.param("note", "A testvérem a polgármester."))
			.andExpect(flash().attribute("flashKey", "evaluation.conflict.declared"));
		this.mvc.perform(asEvaluator(declaring, get("/ertekeles/palyazatok/" + declared)))
			.andExpect(status().isNotFound());
		this.mvc.perform(asEvaluator(declaring, get("/ertekeles")))
			.andExpect(content().string(not(containsString("Galgahévízi klub"))));
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/kiosztas"))
				.param("applicationId", String.valueOf(declared))
				.param("evaluator", declaring))
			.andExpect(content().string(containsString("összeférhetetlen")));
	}

	@Test
	void scoresArePrivateUntilSubmittedThenTheCommitteeSeesMeanSpreadAndRanking() throws Exception {
		long callId = this.given.anOpenCall("Pontozás próbája");
		long id = accepted(this.given.anApplication(callId, "d@domony.example.hu", "Domony", "Domonyi tanoda"));
		long second = accepted(this.given.anApplication(callId, "e@aszod.example.hu", "Aszód", "Aszódi fiatalok"));
		String kedves = evaluator("kedves.ertekelo@example.hu");
		String szigoru = evaluator("szigoru.ertekelo@example.hu");
		enlist(kedves, "");
		enlist(szigoru, "");
		assign(callId, id, kedves);
		assign(callId, id, szigoru);
		assign(callId, second, kedves);

		this.mvc
			.perform(asEvaluator(kedves, post("/ertekeles/palyazatok/" + id)).param("scores[RELEVANCE]", "9")
				.param("comments[RELEVANCE]", "Titkos piszkozat"))
			.andExpect(content().string(allOf(containsString("id=\"score-RELEVANCE-error\""),
					containsString("A pontszám 1 és 5 között lehet."),
					// each comment says how much of its limit the evaluator has used
					containsString("data-max-length=\"3000\" aria-describedby=\"comment-RELEVANCE-counter\""),
					containsString("<span class=\"counter\" id=\"comment-RELEVANCE-counter\""),
					containsString(">16 / 3000 karakter</span>"))));
		this.mvc.perform(asEvaluator(kedves, post("/ertekeles/palyazatok/" + id)).param("scores[RELEVANCE]", "sok"))
			.andExpect(content().string(allOf(containsString("id=\"score-RELEVANCE-error\""),
					containsString("Ez az érték nem megfelelő formátumú."))));
		this.mvc
			.perform(asEvaluator(kedves, post("/ertekeles/palyazatok/" + id)).param("scores[RELEVANCE]", "5")
				.param("comments[RELEVANCE]", "Titkos piszkozat"))
			.andExpect(flash().attribute("flashKey", "evaluation.score.saved"));
		this.mvc
			.perform(asEvaluator(kedves, post("/ertekeles/palyazatok/" + id)).param("action", "submit")
				.param("scores[RELEVANCE]", "5")
				.param("comments[RELEVANCE]", "Titkos piszkozat"))
			.andExpect(content().string(allOf(containsString("id=\"score-IMPACT-error\""),
					containsString("id=\"comment-IMPACT-error\""), containsString("Kérjük, adjon pontszámot."))))
			// listed at the top, each a link to its field, named with its criterion
			.andExpect(content().string(org.hamcrest.Matchers.stringContainsInOrder("class=\"error-summary\"",
					"<a href=\"#score-IMPACT\">Hatás – pontszám: Kérjük, adjon pontszámot.</a>",
					"<a href=\"#comment-IMPACT\">Hatás – szöveges értékelés: Kérjük, írjon szöveges értékelést.</a>",
					"<a href=\"#score-LOCAL_INITIATIVE\">", "<fieldset")));

		this.mvc.perform(asEvaluator(szigoru, get("/ertekeles/palyazatok/" + id)))
			.andExpect(content().string(not(containsString("Titkos piszkozat"))));
		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(content().string(not(containsString("Titkos piszkozat"))));
		this.mvc.perform(asEvaluator(szigoru, get("/ertekeles/palyazatok/" + second))).andExpect(status().isNotFound());

		submitAll(kedves, id, 5, "Kiváló tanoda");
		// What is still to score comes first on the evaluator's list
		Document list = Jsoup.parse(this.mvc.perform(asEvaluator(kedves, get("/ertekeles")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(list.select("tbody tr td:first-child a").eachText()).containsExactly("Aszódi fiatalok",
				"Domonyi tanoda");
		// Nothing saved yet is not a draft
		assertThat(list.select("tbody tr td:last-child").eachText()).containsExactly("Nincs elkezdve", "Beküldve");
		this.mvc.perform(asEvaluator(kedves, get("/ertekeles/palyazatok/" + second)))
			.andExpect(content().string(containsString("<dd>Nincs elkezdve</dd>")));
		this.mvc.perform(asEvaluator(szigoru, get("/ertekeles/palyazatok/" + id)))
			.andExpect(content().string(not(containsString("Kiváló tanoda"))));
		submitAll(szigoru, id, 2, "Gyenge dokumentáció");
		submitAll(kedves, second, 4, "Jó kezdeményezés");
		this.mvc.perform(asEvaluator(kedves, post("/ertekeles/palyazatok/" + id)).param("scores[RELEVANCE]", "1"))
			.andExpect(content().string(containsString("Az értékelést már beküldte")));
		this.mvc.perform(asEvaluator(kedves, get("/ertekeles/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("Az értékelést beküldte; a pontszámok"),
					not(containsString("Menthet piszkozatot")))));

		Tally tally = this.evaluations.tally(id);
		assertThat(tally.mean()).isEqualTo(3.5);
		assertThat(tally.spread()).isEqualTo(3.0);
		assertThat(tally.disputed()).isTrue();
		assertThat(tally.byCriterion()).containsEntry(CriterionKind.RELEVANCE, 3.5);
		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("Aszódi fiatalok"), containsString("nagy eltérés"))));
		assertThat(this.ranking.of(callId)).extracting((row) -> row.evaluation().id()).containsExactly(second, id);
		assertThat(this.ranking.of(callId)).as("the generous evaluator's lower score counts against it")
			.extracting(Ranking.Ranked::normalised)
			.containsExactly(-1.0, 0.5);
		assertThat(this.ranking.of(callId)).noneMatch(Ranking.Ranked::fewerThanPlanned);
		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("Kiváló tanoda"), containsString("Gyenge dokumentáció"))));

		byte[] csv = this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/felhivasok/" + callId + "/rangsor.csv")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFHely;Pályázat;Önkormányzat");
		assertThat(text).contains("1;Aszódi fiatalok;Aszód;Írásbeli értékelés;4,00;0,00;1;");
		assertThat(text).contains("2;Domonyi tanoda;Domony;Írásbeli értékelés;3,50;3,00;2;");
		byte[] xlsx = this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/felhivasok/" + callId + "/rangsor.xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		LocalDateTime submittedAt = LocalDateTime.ofInstant(this.submissions.find(second).orElseThrow().submittedAt(),
				HungarianFormats.BUDAPEST);
		ExcelAsRead.ExcelDate inExcel = ExcelAsRead.date(xlsx, 0, 1, "Beküldve");
		assertThat(Duration.between(submittedAt, inExcel.value()).abs()).isLessThan(Duration.ofSeconds(1));
		assertThat(inExcel.shown()).isEqualTo(DateTimeFormatter.ofPattern("yyyy. MM. dd. HH:mm").format(submittedAt));
		this.mvc.perform(asEvaluator(kedves, get("/bizottsagi-ertekeles/felhivasok/" + callId)))
			.andExpect(status().isForbidden());
	}

	@Test
	void publishedResultsReachEveryApplicantWithWrittenFeedbackAndTheWinnerBecomesADraftPractice() throws Exception {
		long callId = this.given.anOpenCall("Visszajelzés próbája");
		String nyaradi = "f@bag.example.hu";
		String maglodi = "g@maglod.example.hu";
		this.accounts.invite(new InvitationForm(nyaradi, "", "Nyáradi", "Nóra", Role.APPLICANT, this.given.ksh("Bag")),
				HungarianFormats.HUNGARIAN);
		long winner = accepted(SubmissionsForTests.submitted(this.context, callId, nyaradi, this.given.ksh("Bag"),
				"Bagi kertek", List.of(new UploadedFile("kertek terve.pdf", "application/pdf",
						"%PDF-1.4 kertek".getBytes(StandardCharsets.US_ASCII)))));
		this.accounts.invite(
				new InvitationForm(maglodi, "", "Maglódi", "Mária", Role.APPLICANT, this.given.ksh("Maglód")),
				HungarianFormats.HUNGARIAN);
		assertThat(this.jdbc.update("update account set locale = 'en' where email = ?", maglodi))
			.as("the applicant reads English")
			.isEqualTo(1);
		long rejected = this.given.anApplication(callId, maglodi, "Maglód", "Maglódi terv");
		String ertekelo = evaluator("visszajelzo.ertekelo@example.hu");
		enlist(ertekelo, "");
		assign(callId, winner, ertekelo);
		submitAll(ertekelo, winner, 4, "Jól dokumentált, átvehető");

		this.mvc.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.beforeDeadline"));
		this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content()
				.string(allOf(containsString("id=\"kozzetetel-hatarido\""), not(containsString("/eredmenyek\"")))));
		this.given.deadlinePassed(callId);
		this.mvc.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.undecided"));
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + rejected + "/formai-elutasitas"))
				.param("reason", "A határidő után érkezett nyilatkozat."))
			.andExpect(flash().attribute("flashKey", "evaluation.rejected"));
		committeeMember();
		seatCommittee(callId);
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + winner + "/dontes"))
				.param("result", "WINNER")
				.param("justification", "A bizottság egyhangú döntése."))
			.andExpect(flash().attribute("flashKey", "evaluation.motion.opened"));
		voteYes(winner);
		this.mvc.perform(as(nyaradi, get("/fiok/palyazatok/" + winner + "/ertekeles")))
			.andExpect(status().isNotFound());

		this.mvc.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.done"));
		awaitStatus(winner, SubmissionStatus.WINNER);
		awaitStatus(rejected, SubmissionStatus.FORMALLY_REJECTED);

		OutboxMessage toWinner = queuedTo(nyaradi, "Eredmény és értékelés: Bagi kertek");
		assertThat(toWinner.getBodyText())
			.contains("Kedves Nyáradi Nóra!", "Legjobb gyakorlat", "A bizottság egyhangú döntése.", "Relevancia",
					"Átlagpontszám: 4,00", "- Jól dokumentált, átvehető", "/fiok/palyazatok/" + winner + "/ertekeles",
					"Írásos indoklás: A bizottság egyhangú döntése.", "Súlyozott átlag: 4,00 (1–5)")
			.doesNotContain(ertekelo);
		assertThat(toWinner.getBodyHtml()).contains("Jól dokumentált, átvehető", "Hatás");
		OutboxMessage toRejected = queuedTo(maglodi, "Result and evaluation: Maglódi terv");
		assertThat(toRejected.getBodyText()).contains("Rejected at the formal check",
				"A határidő után érkezett nyilatkozat.");

		this.mvc.perform(as(nyaradi, get("/fiok/palyazatok/" + winner)))
			.andExpect(content().string(containsString("/fiok/palyazatok/" + winner + "/ertekeles")));
		this.mvc.perform(as(nyaradi, get("/fiok/palyazatok/" + winner + "/ertekeles")))
			.andExpect(content().string(allOf(containsString("Legjobb gyakorlat"),
					containsString("Jól dokumentált, átvehető"), not(containsString(ertekelo)))));
		this.mvc.perform(as(maglodi, get("/fiok/palyazatok/" + winner + "/ertekeles")))
			.andExpect(status().isNotFound());
		this.mvc.perform(asEvaluator(ertekelo, get("/fiok/palyazatok/" + winner + "/ertekeles")))
			.andExpect(status().isNotFound());
		this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content()
				.string(allOf(containsString("Az eredményeket közzétettük, a visszajelzéseket elküldtük: "),
						not(containsString("/eredmenyek\"")))));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/eredmenyek")))
			.andExpect(flash().attribute("flashKey", "evaluation.publish.already"));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + winner + "/visszalepes")).param("reason", "x"))
			.andExpect(flash().attribute("flashKey", "evaluation.stepBack.published"));

		this.mvc.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + rejected + "/gyakorlat")))
			.andExpect(flash().attribute("flashKey", "evaluation.practice.notWorthy"));
		// A joint application: the partner the applicant named owns the practice too
		this.jdbc.update("insert into submission_partner (submission_id, position, ksh_code) values (?, 0, ?)", winner,
				this.given.ksh("Kóka"));
		String practicePage = this.mvc.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + winner + "/gyakorlat")))
			.andExpect(flash().attribute("flashKey", "evaluation.practice.made"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(practicePage).matches("/admin/gyakorlatok/\\d+");
		String draft = this.mvc.perform(asAdmin(get(practicePage)))
			.andExpect(content().string(
					allOf(containsString("Bagi kertek"), containsString("/bizottsagi-ertekeles/palyazatok/" + winner),
							containsString("vázlat"), containsString("kertek terve.pdf"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document form = Jsoup.parse(draft);
		assertThat(form.getElementById("problem").text()).as("the goals follow the problem they answer")
			.contains("Bagi kertek: PROBLEM", "Célok:", "Bagi kertek: GOALS");
		assertThat(form.getElementById("solution").text()).isEqualTo("Bagi kertek: IMPLEMENTATION");
		assertThat(form.getElementById("transferability").text()).isEqualTo("Bagi kertek: TRANSFERABILITY");
		assertThat(form.getElementById("municipalities").val()).as("the applicant first, then the partner")
			.isEqualTo(this.given.ksh("Bag") + ", " + this.given.ksh("Kóka"));
		this.mvc.perform(asAdmin(get("/bizottsagi-ertekeles/palyazatok/" + winner)))
			.andExpect(content().string(containsString(practicePage)));
		this.mvc.perform(asAdmin(post("/admin/ertekeles/palyazatok/" + winner + "/gyakorlat")))
			.andExpect(flash().attribute("flashKey", "evaluation.practice.exists"));
	}

	@Test
	void evaluatorsAndTheCommitteeReadTheAttachmentsAndTheOfficeSeesWhoDownloadedThem() throws Exception {
		committeeMember();
		long callId = this.given.anOpenCall("Mellékletek próbája");
		UploadedFile photo = new UploadedFile("falugondnok autója.pdf", "application/pdf",
				"%PDF-1.4 fotó".getBytes(StandardCharsets.UTF_8));
		long id = accepted(SubmissionsForTests.submitted(this.context, callId, "j@pecel.example.hu",
				this.given.ksh("Pécel"), "Péceli busz", List.of(photo)));
		long attachmentId = this.submissions.find(id).orElseThrow().attachments().get(0).id();
		String olvaso = evaluator("olvaso.ertekelo@example.hu");
		String idegen = evaluator("idegen.ertekelo@example.hu");
		enlist(olvaso, "");
		enlist(idegen, "");
		assign(callId, id, olvaso);
		String evaluatorsCopy = "/ertekeles/palyazatok/" + id + "/mellekletek/" + attachmentId;
		String committeesCopy = "/bizottsagi-ertekeles/palyazatok/" + id + "/mellekletek/" + attachmentId;

		this.mvc.perform(asEvaluator(olvaso, get("/ertekeles/palyazatok/" + id)))
			.andExpect(
					content().string(allOf(containsString(evaluatorsCopy), containsString("falugondnok autója.pdf"))));
		this.mvc.perform(asEvaluator(olvaso, get(evaluatorsCopy)))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(photo.content()));
		this.mvc.perform(asEvaluator(idegen, get(evaluatorsCopy))).andExpect(status().isNotFound());
		this.mvc
			.perform(asEvaluator(olvaso, get("/ertekeles/palyazatok/" + id + "/mellekletek/" + (attachmentId + 999))))
			.andExpect(status().isNotFound());
		this.mvc.perform(asEvaluator(olvaso, get(committeesCopy))).andExpect(status().isForbidden());
		this.mvc.perform(asCommittee(get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(
					content().string(allOf(containsString(committeesCopy), not(containsString("id=\"letoltesek\"")))));
		this.mvc.perform(asCommittee(get(committeesCopy)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(photo.content()));

		this.mvc.perform(asAdmin(get("/bizottsagi-ertekeles/palyazatok/" + id)))
			.andExpect(content().string(allOf(containsString("id=\"letoltesek\""), containsString("Értékelő Ede"),
					containsString("Bizottsági Béla"), not(containsString(olvaso)), not(containsString(idegen)))));
	}

	@Test
	void evaluatorsHearOfTheirAssignmentAreRemindedBeforeTheDeadlineAndTheOfficeSeesWhoIsLate() throws Exception {
		long callId = this.given.anOpenCall("Határidő próbája");
		long received = waitingOnTheStartPage("/bizottsagi-ertekeles", "beérkezett pályázat vár formai ellenőrzésre");
		long id = this.given.anApplication(callId, "k@isaszeg.example.hu", "Isaszeg", "Isaszegi tanyagondnok");
		assertThat(waitingOnTheStartPage("/bizottsagi-ertekeles", "beérkezett pályázat vár formai ellenőrzésre"))
			.as("the office's start page counts it for the formal check")
			.isEqualTo(received + 1);
		accepted(id);
		assertThat(waitingOnTheStartPage("/bizottsagi-ertekeles", "beérkezett pályázat vár formai ellenőrzésre"))
			.isEqualTo(received);
		String lassu = evaluator("lassu.ertekelo@example.hu");
		String gyors = evaluator("gyors.ertekelo@example.hu");
		enlist(lassu, "");
		enlist(gyors, "");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), HungarianFormats.BUDAPEST);
		String deadline = "/admin/ertekeles/felhivasok/" + callId + "/hatarido";

		this.mvc.perform(asAdmin(post(deadline)).param("dueOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dueOn-error\"")));
		this.mvc.perform(asAdmin(post(deadline)).param("dueOn", "jövő hét"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dueOn-error\"")));
		this.mvc.perform(asAdmin(post(deadline)).param("dueOn", today.minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"dueOn-error\""), containsString("A határidő nem lehet a múltban."))));
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/987654321/hatarido")).param("dueOn",
					today.plusDays(5).toString()))
			.andExpect(status().isNotFound());
		this.mvc.perform(asAdmin(post(deadline)).param("dueOn", today.plusDays(5).toString()))
			.andExpect(flash().attribute("flashKey", "evaluation.deadline.saved"));
		assign(callId, id, lassu);
		assign(callId, id, gyors);

		OutboxMessage assigned = queuedTo(lassu, "Új értékelendő pályázat: Isaszegi tanyagondnok");
		// The last day with its weekday, on the evaluator's mail, list and sheet alike
		String lastDay = DateTimeFormatter.ofPattern("yyyy. MMMM d. (EEEE)", HungarianFormats.HUNGARIAN)
			.format(today.plusDays(5));
		assertThat(assigned.getBodyText()).contains("Kedves Értékelő Ede!", "Isaszeg", "határideje: " + lastDay,
				"/ertekeles/palyazatok/" + id);
		this.mvc.perform(asEvaluator(lassu, get("/ertekeles")))
			.andExpect(content().string(allOf(containsString(lastDay), not(containsString(">késik<")))));
		this.mvc.perform(asEvaluator(lassu, get("/ertekeles/palyazatok/" + id)))
			.andExpect(content().string(containsString(lastDay)));
		submitAll(gyors, id, 4, "Rendben");

		this.reminding.sendDue();
		assertThat(remindersTo(lassu)).as("three days before the deadline, not yet").isZero();
		this.clock.advance(Duration.ofDays(3));
		this.reminding.sendDue();
		this.reminding.sendDue();
		assertThat(remindersTo(lassu)).isEqualTo(1);
		assertThat(remindersTo(gyors)).as("scores submitted, no reminder").isZero();

		this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(not(containsString(">késik<"))));
		this.clock.advance(Duration.ofDays(3));
		String page = this.mvc.perform(asAdmin(get("/admin/ertekeles/felhivasok/" + callId)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.split(">késik<", -1)).as("only the evaluator still missing is late").hasSize(2);
		this.mvc.perform(asEvaluator(lassu, get("/ertekeles"))).andExpect(content().string(containsString(">késik<")));
		this.mvc.perform(asEvaluator(gyors, get("/ertekeles")))
			.andExpect(content().string(allOf(containsString(lastDay), not(containsString(">késik<")))));
		long late = waitingOnTheStartPage("/admin/ertekeles", "értékelés késik a határidővel");
		// The overview the start page links to says which call: received, formal check,
		// late
		Document overview = Jsoup.parse(this.mvc.perform(asAdmin(get("/admin/ertekeles")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(overview.select("tr:contains(Határidő próbája) td").eachText()).startsWith("Határidő próbája (2016)",
				"1", "0", "1");
		// The same scores as the other's: a spread would bring in a third evaluator, late
		// at once
		submitAll(lassu, id, 4, "Késve, de beküldve");
		assertThat(waitingOnTheStartPage("/admin/ertekeles", "értékelés késik a határidővel"))
			.as("the office's start page counted the late sheet")
			.isEqualTo(late - 1);
	}

	/** How many of one kind of work the office's start page says wait, 0 when none. */
	private long waitingOnTheStartPage(String path, String words) throws Exception {
		String page = this.mvc.perform(asAdmin(get("/admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher waiting = Pattern.compile("<a href=\"" + path + "\">(\\d+) " + words + "</a>").matcher(page);
		return waiting.find() ? Long.parseLong(waiting.group(1)) : 0;
	}

	private long remindersTo(String email) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.stream()
			.filter((message) -> message.getRecipient().equals(email)
					&& message.getSubject().startsWith("Emlékeztető: értékelés határideje"))
			.count();
	}

	/** The test's committee member alone is the call's voting committee. */
	private void seatCommittee(long callId) throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/bizottsag")).param("members", COMMITTEE)
				.param("quorum", "MORE_THAN_HALF")
				.param("majority", "SIMPLE"))
			.andExpect(flash().attribute("flashKey", "evaluation.voting.saved"));
	}

	private void voteYes(long id) throws Exception {
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/szavazat")).param("choice", "YES")
				.param("reason", ""))
			.andExpect(flash().attribute("flashKey", "evaluation.decided"));
	}

	private void committeeMember() {
		if (this.accounts.findByEmail(COMMITTEE).isEmpty()) {
			this.accounts.invite(new InvitationForm(COMMITTEE, "", "Bizottsági", "Béla", Role.COMMITTEE, null),
					HungarianFormats.HUNGARIAN);
		}
	}

	private OutboxMessage queuedTo(String email, String subject) {
		return this.outbox.messages(null, PageRequest.of(0, 500))
			.stream()
			.filter((message) -> message.getRecipient().equals(email) && message.getSubject().equals(subject))
			.findFirst()
			.orElseThrow();
	}

	private void submitAll(String evaluator, long id, int score, String comment) throws Exception {
		MockHttpServletRequestBuilder request = asEvaluator(evaluator, post("/ertekeles/palyazatok/" + id))
			.param("action", "submit");
		for (CriterionKind kind : CriterionKind.values()) {
			request.param("scores[" + kind + "]", String.valueOf(score)).param("comments[" + kind + "]", comment);
		}
		this.mvc.perform(request).andExpect(flash().attribute("flashKey", "evaluation.score.sent"));
	}

	private long accepted(long id) throws Exception {
		this.mvc
			.perform(asCommittee(post("/bizottsagi-ertekeles/palyazatok/" + id + "/formai-elfogadas")).param("reason",
					""))
			.andExpect(flash().attribute("flashKey", "evaluation.accepted"));
		return id;
	}

	private void assign(long callId, long id, String evaluator) throws Exception {
		this.mvc
			.perform(asAdmin(post("/admin/ertekeles/felhivasok/" + callId + "/kiosztas"))
				.param("applicationId", String.valueOf(id))
				.param("evaluator", evaluator))
			.andExpect(flash().attribute("flashKey", "evaluation.assign.added"));
	}

	private ResultActions enlist(String email, String home) throws Exception {
		return this.mvc.perform(asAdmin(post("/admin/ertekeles/ertekelok")).param("email", email).param("home", home))
			.andExpect(flash().attribute("flashKey", "evaluation.evaluator.saved"));
	}

	private String evaluator(String email) {
		this.accounts.invite(new InvitationForm(email, "", "Értékelő", "Ede", Role.EVALUATOR, null),
				HungarianFormats.HUNGARIAN);
		return email;
	}

	/** The applicant's status follows the evaluation's news, after the commit. */
	private void awaitStatus(long id, SubmissionStatus expected) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> statusOf(id) == expected);
	}

	private SubmissionStatus statusOf(long id) {
		return this.submissions.find(id).orElseThrow().status();
	}

	static MockHttpServletRequestBuilder as(String applicant, MockHttpServletRequestBuilder request) {
		return request.with(user(applicant).roles("APPLICANT")).with(csrf());
	}

	static MockHttpServletRequestBuilder asCommittee(MockHttpServletRequestBuilder request) {
		return request.with(user(COMMITTEE).roles("COMMITTEE")).with(csrf());
	}

	static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user(ADMIN).roles("ADMIN")).with(csrf());
	}

	static MockHttpServletRequestBuilder asEvaluator(String email, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles("EVALUATOR")).with(csrf());
	}

}
