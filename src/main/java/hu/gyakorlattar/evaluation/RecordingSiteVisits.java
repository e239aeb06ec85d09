package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's experts visit each shortlisted municipality, online or on site, and the
 * committee keeps their report; a visit on record opens the way to the final.
 */
@Service
@Transactional
class RecordingSiteVisits {

	private final Evaluations evaluations;

	private final SiteVisitRepository visits;

	private final Clock clock;

	RecordingSiteVisits(Evaluations evaluations, SiteVisitRepository visits, Clock clock) {
		this.evaluations = evaluations;
		this.visits = visits;
		this.clock = clock;
	}

	void record(long submissionId, String who, SiteVisitForm form) {
		this.visits.save(this.evaluations.locked(submissionId)
			.visited(form.mode(), form.visitedOn(), form.report().strip(), who, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	List<SiteVisitView> of(long submissionId) {
		return this.visits.findBySubmissionIdOrderByVisitedOnAscIdAsc(submissionId)
			.stream()
			.map((visit) -> new SiteVisitView(visit.getMode(), visit.getVisitedOn(), visit.getReport(),
					visit.getRecordedBy()))
			.toList();
	}

	/** A site visit as the committee reads it. */
	record SiteVisitView(SiteVisit.Mode mode, LocalDate visitedOn, String report, String recordedBy) {

	}

}
