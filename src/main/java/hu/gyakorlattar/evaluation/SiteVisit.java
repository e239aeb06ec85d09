package hu.gyakorlattar.evaluation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The committee's report of a visit to a shortlisted municipality, online or on site. */
@Entity
@Table(name = "evaluation_site_visit")
class SiteVisit {

	enum Mode {

		ONLINE, ON_SITE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long submissionId;

	@Enumerated(EnumType.STRING)
	private Mode mode;

	private LocalDate visitedOn;

	private String report;

	private Instant recordedAt;

	private String recordedBy;

	protected SiteVisit() {
	}

	SiteVisit(long submissionId, Mode mode, LocalDate visitedOn, String report, String recordedBy, Instant now) {
		this.submissionId = submissionId;
		this.mode = mode;
		this.visitedOn = visitedOn;
		this.report = report;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	Mode getMode() {
		return this.mode;
	}

	LocalDate getVisitedOn() {
		return this.visitedOn;
	}

	String getReport() {
		return this.report;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

}
