package hu.gyakorlattar.practice;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Every change of a practice as a revision: who, when, what kind of change, and a JSON
 * snapshot of the record as it stood afterwards.
 */
@Component
class RevisionLog {

	private final RevisionRepository revisions;

	private final JsonMapper json;

	private final Clock clock;

	RevisionLog(RevisionRepository revisions, JsonMapper json, Clock clock) {
		this.revisions = revisions;
		this.json = json;
		this.clock = clock;
	}

	void record(Practice practice, String editor, Revision.Change change) {
		String snapshot = this.json.writeValueAsString(Map.of("status", practice.getStatus().name(), "slug",
				practice.getSlug(), "record", PracticeForm.of(practice)));
		this.revisions.save(new Revision(practice.getId(), this.clock.instant(), editor, change, snapshot));
	}

	List<Revision> of(long practiceId) {
		return this.revisions.findByPracticeIdOrderByRevisedAtDescIdDesc(practiceId);
	}

}
