package hu.gyakorlattar.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

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
	AssigningEvaluators assigning;

	@Test
	void anEvaluatorGetsNoApplicationOfTheirCounty() {
		EvaluationsForTests given = EvaluationsForTests.in(this.context);
		long callId = given.anOpenCall("Megyei próba");
		long pest = given.anAcceptedApplication(callId, "h@godollo.example.hu", "Gödöllő", "Gödöllői iskolabusz");
		given.anAcceptedApplication(callId, "i@eger.example.hu", "Eger", "Egri idősklub");
		given.anEvaluator("megyei@example.hu", "Tura");

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

}
