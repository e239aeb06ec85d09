package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.municipality.MunicipalitiesForTests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.ApplicationTest;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionsForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	MunicipalityDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	KeepingThePanel panel;

	@Autowired
	MovingThroughStages stages;

	@Autowired
	AssigningEvaluators assigning;

	@Autowired
	Evaluations evaluations;

	@Autowired
	ConflictsOfInterest conflictsOfInterest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void anEvaluatorFromAPartnerMunicipalityIsNeverGivenTheJointApplicationAndTheOfficeSeesWhy() {
		long callId = openCall("Közös pályázat és összeférhetetlenség");
		long joint = accepted(SubmissionsForTests.submitted(this.context, callId, "a@kartal-kozos.example.hu",
				ksh("Kartal"), "Kartali és versegi közös busz"));
		withPartner(joint, ksh("Verseg"));
		String versegi = evaluator("versegi.ertekelo@example.hu", ksh("Verseg"));

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
		long callId = openCall("Bejelentett összeférhetetlenség");
		long dany = accepted(SubmissionsForTests.submitted(this.context, callId, "b@dany-bejelentes.example.hu",
				ksh("Dány"), "Dányi idősek klubja"));
		long joint = accepted(SubmissionsForTests.submitted(this.context, callId, "c@zsambok-bejelentes.example.hu",
				ksh("Zsámbok"), "Zsámboki és tóalmási tanya"));
		withPartner(joint, ksh("Tóalmás"));
		long elsewhere = SubmissionsForTests.submitted(this.context, openCall("Máshol"),
				"d@tapio-bejelentes.example.hu", ksh("Tápiószecső"), "Tápiószecsői piac");
		String evaluator = evaluator("bejelento.ertekelo@example.hu", null);
		this.assigning.assign(callId, new AssignmentForm(dany, evaluator), OFFICE);
		this.assigning.assign(callId, new AssignmentForm(joint, evaluator), OFFICE);

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
		long callId = openCall("Bizottsági összeférhetetlenség");
		long id = accepted(SubmissionsForTests.submitted(this.context, callId, "e@sula-bizottsag.example.hu",
				ksh("Sülysáp"), "Sülysápi közösségi ház"));
		String member = "tag.osszeferhetetlen@example.hu";
		this.accounts.invite(new InvitationForm(member, "", "Tagos", "Tamás", Role.COMMITTEE, null),
				HungarianFormats.HUNGARIAN);

		this.mvc.perform(as(member, "COMMITTEE", get("/osszeferhetetlenseg")))
			.andExpect(content().string(containsString("Sülysápi közösségi ház")));
		this.mvc.perform(declare(member, "COMMITTEE", String.valueOf(id), "", "A pályázat írója a feleségem."))
			.andExpect(flash().attribute("flashKey", "evaluation.conflict.recorded"));

		assertThat(this.conflictsOfInterest.conflicted(member, this.evaluations.submitted(id))).isTrue();
		this.mvc.perform(as(OFFICE, "ADMIN", get("/admin/ertekeles/felhivasok/" + callId)))
			.andExpect(content()
				.string(allOf(containsString("Tagos Tamás"), containsString("A pályázat írója a feleségem."))));
	}

	private MockHttpServletRequestBuilder declare(String person, String role, String applicationId, String municipality,
			String note) {
		return as(person, role, post("/osszeferhetetlenseg")).param("applicationId", applicationId)
			.param("municipality", municipality)
			.param("note", note);
	}

	private String evaluator(String email, String homeKshCode) {
		this.accounts.invite(new InvitationForm(email, "", "Értékelő", "Éva", Role.EVALUATOR, null),
				HungarianFormats.HUNGARIAN);
		this.panel.enlist(new EvaluatorForm(email, homeKshCode));
		return email;
	}

	private long accepted(long id) {
		this.stages.accept(id, OFFICE, new ReasonForm(""));
		return id;
	}

	/** A partner named on the application, as the applicant's form saves it. */
	private void withPartner(long submissionId, String kshCode) {
		this.jdbc.update("insert into submission_partner (submission_id, position, ksh_code) values (?, 0, ?)",
				submissionId, kshCode);
	}

	private long openCall(String theme) {
		LocalDateTime now = CallsForTests.budapest(this.clock.instant());
		return CallsForTests.published(this.calls, this.programme, theme, now.minusDays(1), now.plusDays(30));
	}

	private String ksh(String name) {
		return MunicipalitiesForTests.ksh(this.directory, name);
	}

	private static MockHttpServletRequestBuilder as(String email, String role, MockHttpServletRequestBuilder request) {
		return request.with(user(email).roles(role)).with(csrf());
	}

}
