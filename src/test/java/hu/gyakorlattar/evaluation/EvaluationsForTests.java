package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.municipality.MunicipalitiesForTests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.submission.SubmissionsForTests;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluation's set-up as its tests tell their stories: an open call, applications
 * that passed the formal check, evaluators of the panel assigned to them, committee
 * members, submitted sheets. Everything goes through the modules' own use cases, under
 * the names and addresses each test gives, so that tests share a context.
 */
final class EvaluationsForTests {

	/** The office that accepts applications and assigns evaluators in the set-up. */
	static final String OFFICE = "iroda@example.hu";

	private final ApplicationContext context;

	private EvaluationsForTests(ApplicationContext context) {
		this.context = context;
	}

	static EvaluationsForTests in(ApplicationContext context) {
		return new EvaluationsForTests(context);
	}

	/** A published call of a theme of its own, open since yesterday for a month. */
	long anOpenCall(String theme) {
		LocalDateTime now = CallsForTests.budapest(bean(Clock.class).instant());
		return CallsForTests.published(bean(CallManagement.class), bean(ProgrammeManagement.class), theme,
				now.minusDays(1), now.plusDays(30));
	}

	/** The call takes no more applications: its results may be published. */
	void deadlinePassed(long callId) {
		CallsForTests.deadlinePassed(this.context, callId);
	}

	/**
	 * An application of the municipality submitted to the call, still in the formal
	 * check.
	 */
	long anApplication(long callId, String applicant, String municipality, String title) {
		return SubmissionsForTests.submitted(this.context, callId, applicant, ksh(municipality), title);
	}

	/** An application that passed the formal check: it is in the written evaluation. */
	long anAcceptedApplication(long callId, String applicant, String municipality, String title) {
		return accepted(anApplication(callId, applicant, municipality, title));
	}

	/** The office accepts the application at the formal check. */
	long accepted(long submissionId) {
		bean(MovingThroughStages.class).accept(submissionId, OFFICE, new ReasonForm(""));
		return submissionId;
	}

	/**
	 * A partner municipality named on the application, as the applicant's form saves it.
	 */
	void withPartner(long submissionId, String municipality) {
		bean(JdbcTemplate.class).update(
				"insert into submission_partner (submission_id, position, ksh_code) values (?, 0, ?)", submissionId,
				ksh(municipality));
	}

	/**
	 * An evaluator's account ("Értékelő Ede") on the panel, living in the municipality
	 * (none when null); returns the address.
	 */
	String anEvaluator(String email, String homeMunicipality) {
		bean(AccountManagement.class).invite(new InvitationForm(email, "", "Értékelő", "Ede", Role.EVALUATOR, null),
				HungarianFormats.HUNGARIAN);
		bean(KeepingThePanel.class)
			.enlist(new EvaluatorForm(email, (homeMunicipality != null) ? ksh(homeMunicipality) : null));
		return email;
	}

	/** An evaluator of the panel whom the office gave the call's applications. */
	String anEvaluatorAssignedTo(long callId, String email, long... submissionIds) {
		anEvaluator(email, null);
		for (long submissionId : submissionIds) {
			bean(AssigningEvaluators.class).assign(callId, new AssignmentForm(submissionId, email), OFFICE);
		}
		return email;
	}

	/** A committee member's account, named family name first. */
	String aCommitteeMember(String email, String familyName, String givenName) {
		bean(AccountManagement.class).invite(new InvitationForm(email, "", familyName, givenName, Role.COMMITTEE, null),
				HungarianFormats.HUNGARIAN);
		return email;
	}

	/**
	 * The evaluator's submitted sheet: the same score and a comment on every criterion.
	 */
	void aSubmittedSheet(String evaluator, long submissionId, int score) {
		ScoreForm form = new ScoreForm();
		for (CriterionKind kind : CriterionKind.values()) {
			form.getScores().put(kind, score);
			form.getComments().put(kind, "Pontszám: " + score);
		}
		bean(Scoring.class).score(evaluator, submissionId, form, true);
	}

	String ksh(String municipality) {
		return MunicipalitiesForTests.ksh(bean(MunicipalityDirectory.class), municipality);
	}

	private <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

}
