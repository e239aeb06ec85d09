package hu.gyakorlattar.municipality;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One run of a gazetteer import: its progress while it runs in the background, then the
 * counts of what it changed (the lines are {@link GazetteerChange}s).
 */
@Entity
@Table(name = "municipality_gazetteer_import")
class GazetteerImport {

	/**
	 * A run that has not progressed for this long was abandoned by a stopped instance; it
	 * no longer blocks a new import.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

	enum Status {

		RUNNING, SUCCEEDED, FAILED, ABANDONED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String fileName;

	private int gazetteerYear;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int rowsTotal;

	private int rowsProcessed;

	private @Nullable String startedBy;

	private Instant startedAt;

	private Instant progressedAt;

	private @Nullable Instant finishedAt;

	private boolean initialLoad;

	private int added;

	private int renamed;

	private int statusChanged;

	private int countyChanged;

	private int missing;

	private int reappeared;

	private int otherUpdated;

	private int unchanged;

	protected GazetteerImport() {
	}

	GazetteerImport(String fileName, Gazetteer gazetteer, @Nullable String startedBy, boolean initialLoad) {
		this.fileName = fileName;
		this.gazetteerYear = gazetteer.year();
		this.rowsTotal = gazetteer.entries().size();
		this.startedBy = startedBy;
		this.initialLoad = initialLoad;
		this.status = Status.RUNNING;
		this.startedAt = Instant.now();
		this.progressedAt = this.startedAt;
	}

	void progress(int rowsProcessed) {
		this.rowsProcessed = rowsProcessed;
		this.progressedAt = Instant.now();
	}

	void succeed(Map<GazetteerChange.Kind, Integer> counts, int unchanged) {
		this.added = counts.getOrDefault(GazetteerChange.Kind.ADDED, 0);
		this.renamed = counts.getOrDefault(GazetteerChange.Kind.RENAMED, 0);
		this.statusChanged = counts.getOrDefault(GazetteerChange.Kind.STATUS_CHANGED, 0);
		this.countyChanged = counts.getOrDefault(GazetteerChange.Kind.COUNTY_CHANGED, 0);
		this.missing = counts.getOrDefault(GazetteerChange.Kind.MISSING, 0);
		this.reappeared = counts.getOrDefault(GazetteerChange.Kind.REAPPEARED, 0);
		this.otherUpdated = counts.getOrDefault(GazetteerChange.Kind.OTHER_UPDATED, 0);
		this.unchanged = unchanged;
		this.rowsProcessed = this.rowsTotal;
		finish(Status.SUCCEEDED);
	}

	void fail() {
		finish(Status.FAILED);
	}

	void abandon() {
		finish(Status.ABANDONED);
	}

	private void finish(Status status) {
		this.status = status;
		this.finishedAt = Instant.now();
		this.progressedAt = this.finishedAt;
	}

	public boolean isRunning() {
		return this.status == Status.RUNNING;
	}

	/** Percentage done, for the progress bar. */
	public int getPercent() {
		return (this.rowsTotal == 0) ? 100 : (int) (100L * this.rowsProcessed / this.rowsTotal);
	}

	/** Whether the run changed anything at all (re-importing the same file does not). */
	public boolean hasChanges() {
		return this.added + this.renamed + this.statusChanged + this.countyChanged + this.missing + this.reappeared
				+ this.otherUpdated > 0;
	}

	public Long getId() {
		return this.id;
	}

	public String getFileName() {
		return this.fileName;
	}

	public int getGazetteerYear() {
		return this.gazetteerYear;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getRowsTotal() {
		return this.rowsTotal;
	}

	public int getRowsProcessed() {
		return this.rowsProcessed;
	}

	public @Nullable String getStartedBy() {
		return this.startedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getProgressedAt() {
		return this.progressedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return this.finishedAt;
	}

	public boolean isInitialLoad() {
		return this.initialLoad;
	}

	public int getAdded() {
		return this.added;
	}

	public int getRenamed() {
		return this.renamed;
	}

	public int getStatusChanged() {
		return this.statusChanged;
	}

	public int getCountyChanged() {
		return this.countyChanged;
	}

	public int getMissing() {
		return this.missing;
	}

	public int getReappeared() {
		return this.reappeared;
	}

	public int getOtherUpdated() {
		return this.otherUpdated;
	}

	public int getUnchanged() {
		return this.unchanged;
	}

}
