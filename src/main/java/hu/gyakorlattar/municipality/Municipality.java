package hu.gyakorlattar.municipality;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import hu.gyakorlattar.shared.HungarianFormats;
import org.jspecify.annotations.Nullable;

/**
 * A settlement-level municipality of the KSH gazetteer. Its KSH code never changes; all
 * else follows the latest gazetteer it appeared in.
 */
@Entity
@Table(name = "municipality")
class Municipality {

	@Id
	private String kshCode;

	private String name;

	private String searchName;

	private byte[] sortKey;

	@Enumerated(EnumType.STRING)
	private LegalStatus legalStatus;

	private @Nullable String county;

	private @Nullable String districtCode;

	private @Nullable String districtName;

	private int population;

	private int areaHectares;

	private int lastSeenYear;

	private boolean inLatestGazetteer;

	private Instant updatedAt;

	protected Municipality() {
	}

	Municipality(GazetteerEntry entry, int year) {
		this.kshCode = entry.kshCode();
		takeOver(entry, year);
	}

	/**
	 * Takes over what the gazetteer of {@code year} says, and tells what kind of change
	 * that was; an empty set means nothing changed, so that re-importing a file is a
	 * no-op.
	 */
	Set<GazetteerChange.Kind> takeOver(GazetteerEntry entry, int year) {
		Set<GazetteerChange.Kind> changes = EnumSet.noneOf(GazetteerChange.Kind.class);
		if (this.name != null) {
			if (!entry.name().equals(this.name)) {
				changes.add(GazetteerChange.Kind.RENAMED);
			}
			if (entry.status() != this.legalStatus) {
				changes.add(GazetteerChange.Kind.STATUS_CHANGED);
			}
			if (!Objects.equals(entry.county(), this.county)) {
				changes.add(GazetteerChange.Kind.COUNTY_CHANGED);
			}
			if (!this.inLatestGazetteer) {
				changes.add(GazetteerChange.Kind.REAPPEARED);
			}
			if (changes.isEmpty() && (!Objects.equals(entry.districtCode(), this.districtCode)
					|| !Objects.equals(entry.districtName(), this.districtName) || entry.population() != this.population
					|| entry.areaHectares() != this.areaHectares || year > this.lastSeenYear)) {
				changes.add(GazetteerChange.Kind.OTHER_UPDATED);
			}
			if (changes.isEmpty()) {
				return changes;
			}
		}
		this.name = entry.name();
		this.searchName = HungarianFormats.fold(entry.name());
		this.sortKey = HungarianFormats.collator().getCollationKey(entry.name()).toByteArray();
		this.legalStatus = entry.status();
		this.county = entry.county();
		this.districtCode = entry.districtCode();
		this.districtName = entry.districtName();
		this.population = entry.population();
		this.areaHectares = entry.areaHectares();
		this.lastSeenYear = Math.max(year, this.lastSeenYear);
		this.inLatestGazetteer = true;
		this.updatedAt = Instant.now();
		return changes;
	}

	/** The latest gazetteer no longer lists it; it stays, because others refer to it. */
	void dropOutOfGazetteer() {
		this.inLatestGazetteer = false;
		this.updatedAt = Instant.now();
	}

	MunicipalitySummary toSummary() {
		return new MunicipalitySummary(this.kshCode, this.name, this.legalStatus, this.county, this.districtName,
				this.population);
	}

	public String getKshCode() {
		return this.kshCode;
	}

	public String getName() {
		return this.name;
	}

	public LegalStatus getLegalStatus() {
		return this.legalStatus;
	}

	public @Nullable String getCounty() {
		return this.county;
	}

	public @Nullable String getDistrictCode() {
		return this.districtCode;
	}

	public @Nullable String getDistrictName() {
		return this.districtName;
	}

	public int getPopulation() {
		return this.population;
	}

	public int getAreaHectares() {
		return this.areaHectares;
	}

	public int getLastSeenYear() {
		return this.lastSeenYear;
	}

	public boolean isInLatestGazetteer() {
		return this.inLatestGazetteer;
	}

}
