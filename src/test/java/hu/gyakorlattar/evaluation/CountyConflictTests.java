package hu.gyakorlattar.evaluation;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.InvitationForm;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallsForTests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.submission.SubmissionsForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the programme treats a whole county as too close, an evaluator gets no
 * application of their county, and the office sees the conflict flagged.
 */
@SpringBootTest(properties = { "gyakorlattar.evaluation.county-conflicts=true" })
class CountyConflictTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	CallManagement calls;

	@Autowired
	ProgrammeManagement programme;

	@Autowired
	KeepingThePanel panel;

	@Autowired
	MovingThroughStages stages;

	@Autowired
	AssigningEvaluators assigning;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MunicipalityDirectory directory;

	@Test
	void anEvaluatorGetsNoApplicationOfTheirCounty() {
		LocalDateTime now = CallsForTests.budapest(java.time.Instant.now());
		long callId = CallsForTests.published(this.calls, this.programme, "Megyei próba", now.minusDays(1),
				now.plusDays(30));
		long pest = SubmissionsForTests.submitted(this.context, callId, "h@godollo.example.hu", ksh("Gödöllő"),
				"Gödöllői iskolabusz");
		long heves = SubmissionsForTests.submitted(this.context, callId, "i@eger.example.hu", ksh("Eger"),
				"Egri idősklub");
		this.accounts.invite(new InvitationForm("megyei@example.hu", "", "Megyei", "Márta", Role.EVALUATOR, null),
				HungarianFormats.HUNGARIAN);
		this.panel.enlist(new EvaluatorForm("megyei@example.hu", ksh("Tura")));
		for (long id : List.of(pest, heves)) {
			this.stages.accept(id, "bizottsag@example.hu", new ReasonForm(""));
		}

		this.assigning.assignAutomatically(callId, 1, "iroda@example.hu");

		// The least loaded, she would get both but for her county; the demo's panel,
		// from other counties, takes the other.
		assertThat(this.assigning.assignments(callId)).allSatisfy((row) -> {
			boolean sameCounty = row.evaluation().id() == pest;
			assertThat(row.flagged()).as(row.evaluation().submission().title())
				.isEqualTo(sameCounty ? List.of("megyei@example.hu") : List.of());
			assertThat(row.assigned()).singleElement()
				.extracting(AssigningEvaluators.AssignmentRow.Assigned::evaluator)
				.matches((evaluator) -> evaluator.equals("megyei@example.hu") != sameCounty);
		});
	}

	private String ksh(String name) {
		return this.directory.search(name, 50)
			.stream()
			.filter((municipality) -> municipality.name().equals(name))
			.findFirst()
			.orElseThrow()
			.kshCode();
	}

}
