package hu.gyakorlattar.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
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
 * Conflicts of interest as a real panel has them: an evaluator or committee member
 * declares one on its own page, with an application or a whole municipality (also where
 * it is only a partner), and is excluded from then on; the office sees the declarations;
 * an evaluator from a partner municipality is conflicted without declaring anything.
 */
@ApplicationTest
class ConflictDeclarationTests {

	private static final String OFFICE = "iroda-osszeferhetetlen@example.hu";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AssigningEvaluators assigning;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Ranking ranking;

	@Autowired
	ConflictsOfInterest conflictsOfInterest;

	private EvaluationsForTests given;

	@BeforeEach
	void fixtures() {
		this.given = EvaluationsForTests.in(this.context);
	}

	@Test
	void anEvaluatorFromAPartnerMunicipalityIsNeverGivenTheJointApplicationAndTheOfficeSeesWhy() {
		long callId = this.given.anOpenCall("Közös pályázat és összeférhetetlenség");
		long joint = this.given.anAcceptedApplication(callId, "a@kartal-kozos.example.hu", "Kartal",
				"Kartali és versegi közös busz");
		this.given.withPartner(joint, "Verseg");
		String versegi = this.given.anEvaluator("versegi.ertekelo@example.hu", "Verseg");

		this.assigning.assignAutomatically(callId, 3, OFFICE);

		AssigningEvaluators.AssignmentRow row = this.assigning.assignments(callId).get(0);
		assertThat(row.assigned()).extracting(AssigningEvaluators.AssignmentRow.Assigned::evaluator)
			.doesNotContain(versegi);
		assertThat(row.flagged()).contains(versegi);
		assertThatThrownBy(() -> this.assigning.assign(callId, new AssignmentForm(joint, versegi), OFFICE))
			.isInstanceOfSatisfying(InvalidInput.class,
					(refused) -> assertThat(refused.messageKey()).isEqualTo("evaluation.assign.conflict"));
	}

	@Test
	void anEvaluatorDeclaresAConflictWithAnApplicationOrAMunicipalityAndHandsBackWhatItCovers() throws Exception {
		long callId = this.given.anOpenCall("Bejelentett összeférhetetlenség");
		long dany = this.given.anAcceptedApplication(callId, "b@dany-bejelentes.example.hu", "Dány",
				"Dányi idősek klubja");
		long joint = this.given.anAcceptedApplication(callId, "c@zsambok-bejelentes.example.hu", "Zsámbok",
				"Zsámboki és tóalmási tanya");
		this.given.withPartner(joint, "Tóalmás");
		long elsewhere = this.given.anApplication(this.given.anOpenCall("Máshol"), "d@tapio-bejelentes.example.hu",
				"Tápiószecső", "Tápiószecsői piac");
		String evaluator = this.given.anEvaluatorAssignedTo(callId, "bejelento.ertekelo@example.hu", dany, joint);

		this.mvc.perform(as(evaluator, "EVALUATOR", get("/osszeferhetetlenseg")))
			.andExpect(content().string(allOf(containsString("Dányi idősek klubja"),
					containsString("Zsámboki és tóalmási tanya"), not(containsString("Tápiószecsői piac")))));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"applicationId-error\""),
					containsString("Válasszon egy pályázatot, vagy adjon meg egy települést."),
					containsString("id=\"note-error\""))));
		this.mvc.perform(declare(evaluator, "EVALUATOR", String.valueOf(dany), "Dány", "Rokon."))
			.andExpect(content().string(containsString("Egyszerre csak egyet adjon meg")));
		this.mvc.perform(declare(evaluator, "EVALUATOR", String.valueOf(elsewhere), "", "Rokon."))
			.andExpect(content().string(containsString("Ezt a pályázatot nem választhatja")));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "nem szám", "", "Rokon."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"applicationId-error\"")));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "", "Nincsilyenfalva", "Rokon."))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"municipality-error\""), containsString("Nincs ilyen nevű település"))));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "", "", "x".repeat(1001)))
			.andExpect(content().string(containsString("id=\"note-error\"")));

		this.mvc.perform(declare(evaluator, "EVALUATOR", String.valueOf(dany), "", "A polgármester a sógorom."))
			.andExpect(redirectedUrl("/osszeferhetetlenseg"))
			.andExpect(flash().attribute("flashKey", "evaluation.conflict.recorded"));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "", "Tóalmás", "Tóalmáson lakom."))
			.andExpect(redirectedUrl("/osszeferhetetlenseg"));
		this.mvc.perform(declare(evaluator, "EVALUATOR", "", "Tóalmás", "Még egyszer."))
			.andExpect(content().string(containsString("Ezt az összeférhetetlenséget már bejelentette.")));

		this.mvc.perform(as(evaluator, "EVALUATOR", get("/ertekeles")))
			.andExpect(content().string(allOf(not(containsString("Dányi idősek klubja")),
					not(containsString("Zsámboki és tóalmási tanya")))));
		this.mvc.perform(as(evaluator, "EVALUATOR", get("/osszeferhetetlenseg")))
			.andExpect(content().string(allOf(containsString("A polgármester a sógorom."),
					containsString("Tóalmás minden pályázata"), containsString("Tóalmáson lakom."))));
		assertThat(this.assigning.assignments(callId)).allSatisfy((row) -> {
			assertThat(row.assigned()).isEmpty();
			assertThat(row.declared()).extracting(AssigningEvaluators.AssignmentRow.Declared::evaluator)
				.containsExactly(evaluator);
		});
		this.mvc.perform(as(OFFICE, "ADMIN", get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content()
				.string(allOf(containsString("A polgármester a sógorom."), containsString("Tóalmáson lakom."))));
		assertThatThrownBy(() -> this.assigning.assign(callId, new AssignmentForm(joint, evaluator), OFFICE))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aCommitteeMemberDeclaresAConflictWithAnyApplicationStillToBeDecided() throws Exception {
		long callId = this.given.anOpenCall("Bizottsági összeférhetetlenség");
		long id = this.given.anAcceptedApplication(callId, "e@sula-bizottsag.example.hu", "Sülysáp",
				"Sülysápi közösségi ház");
		String member = this.given.aCommitteeMember("tag.osszeferhetetlen@example.hu", "Tagos", "Tamás");

		this.mvc.perform(as(member, "COMMITTEE", get("/osszeferhetetlenseg")))
			.andExpect(content().string(containsString("Sülysápi közösségi ház")));
		this.mvc.perform(declare(member, "COMMITTEE", String.valueOf(id), "", "A pályázat írója a feleségem."))
			.andExpect(flash().attribute("flashKey", "evaluation.conflict.recorded"));

		assertThat(this.conflictsOfInterest.conflicted(member, this.evaluations.submitted(id))).isTrue();
		this.mvc.perform(as(OFFICE, "ADMIN", get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content()
				.string(allOf(containsString("Tagos Tamás"), containsString("A pályázat írója a feleségem."))));
	}

	@Test
	void aSheetAlreadySubmittedIsWithdrawnByALaterDeclarationAndTheApplicationIsShortOfAnEvaluator() throws Exception {
		long callId = this.given.anOpenCall("Beküldés utáni összeférhetetlenség");
		long id = this.given.anAcceptedApplication(callId, "f@pecel-utolag.example.hu", "Pécel",
				"Péceli szociális bolt");
		String first = this.given.anEvaluatorAssignedTo(callId, "utolag.elso@example.hu", id);
		String second = this.given.anEvaluatorAssignedTo(callId, "utolag.masodik@example.hu", id);
		// The plan: two sheets an application, both given already
		assertThat(this.assigning.assignAutomatically(callId, 2, OFFICE)).isZero();
		this.given.aSubmittedSheet(first, id, 4);
		this.given.aSubmittedSheet(second, id, 4);
		String member = this.given.aCommitteeMember("tag.utolag@example.hu", "Utólagos", "Ulla");
		assertThat(this.ranking.of(callId)).singleElement()
			.satisfies((ranked) -> assertThat(ranked.tally().sheets()).hasSize(2));

		this.mvc.perform(declare(first, "EVALUATOR", "", "Pécel", "Utólag derült ki: a testvérem a jegyző."))
			.andExpect(redirectedUrl("/osszeferhetetlenseg"));

		assertThat(this.ranking.of(callId)).singleElement().satisfies((ranked) -> {
			assertThat(ranked.tally().sheets()).extracting(Tally.Sheet::evaluator).containsExactly(second);
			assertThat(ranked.fewerThanPlanned()).isTrue();
		});
		this.mvc.perform(as(member, "COMMITTEE", get("/bizottsagi-ertekeles/felhivasok/" + callId)))
			.andExpect(content().string(allOf(containsString("1 / 2"), containsString("kevesebb a tervezettnél"))));
		assertThat(this.assigning.assignments(callId)).singleElement().satisfies((row) -> {
			assertThat(row.assigned()).extracting(AssigningEvaluators.AssignmentRow.Assigned::evaluator)
				.containsExactly(second);
			assertThat(row.declared()).extracting(AssigningEvaluators.AssignmentRow.Declared::evaluator)
				.containsExactly(first);
		});
		this.mvc.perform(as(first, "EVALUATOR", get("/ertekeles")))
			.andExpect(content().string(not(containsString("Péceli szociális bolt"))));
		this.mvc.perform(as(first, "EVALUATOR", get("/ertekeles/palyazatok/" + id))).andExpect(status().isNotFound());

		// The submitted sheet's own form withdraws it the same way
		this.mvc.perform(as(second, "EVALUATOR", get("/ertekeles/palyazatok/" + id)))
			.andExpect(content().string(containsString("/ertekeles/palyazatok/" + id + "/osszeferhetetlenseg")));
		this.mvc
			.perform(as(second, "EVALUATOR", post("/ertekeles/palyazatok/" + id + "/osszeferhetetlenseg")).param("note",
					"A pályázat írója a szomszédom."))
			.andExpect(flash().attribute("flashKey", "evaluation.conflict.declared"));
		assertThat(this.ranking.of(callId)).singleElement()
			.satisfies((ranked) -> assertThat(ranked.tally().sheets()).isEmpty());
		this.mvc.perform(as(second, "EVALUATOR", get("/ertekeles")))
			.andExpect(content().string(not(containsString("Péceli szociális bolt"))));
		this.mvc
			.perform(as(second, "EVALUATOR", post("/ertekeles/palyazatok/" + id + "/osszeferhetetlenseg")).param("note",
					"Még egyszer."))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder declare(String person, String role, String applicationId, String municipality,
			String note) {
		return as(person, role, post("/osszeferhetetlenseg")).param("applicationId", applicationId)
			.param("municipality", municipality)
			.param("note", note);
	}

	private static MockHttpServletRequestBuilder as(String email, String role, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles(role)).with(csrf());
	}

}
