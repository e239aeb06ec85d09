package hu.gyakorlattar.municipality;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which municipalities' contacts to write to, e.g. for an invitation campaign. Criteria
 * combine: every non-empty one must hold. Only municipalities of the latest gazetteer are
 * selected.
 *
 * @param counties county names; empty means any county
 * @param statuses legal statuses; empty means any status
 * @param minPopulation the smallest population included, or {@code null}
 * @param maxPopulation the largest population included, or {@code null}
 */
public record ContactSelection(Set<String> counties, Set<LegalStatus> statuses, @Nullable Integer minPopulation,
		@Nullable Integer maxPopulation) {

	public ContactSelection {
		counties = (counties != null) ? Set.copyOf(counties) : Set.of();
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
	}

	public static ContactSelection all() {
		return new ContactSelection(Set.of(), Set.of(), null, null);
	}

	public static ContactSelection inCounties(String... counties) {
		return new ContactSelection(Set.of(counties), Set.of(), null, null);
	}

	public static ContactSelection withStatus(LegalStatus... statuses) {
		return new ContactSelection(Set.of(), Set.of(statuses), null, null);
	}

	/** Population between the bounds, both included; either may be {@code null}. */
	public static ContactSelection populationBetween(@Nullable Integer min, @Nullable Integer max) {
		return new ContactSelection(Set.of(), Set.of(), min, max);
	}

	/**
	 * Budapest itself belongs to no county in the gazetteer (its districts to "főváros"),
	 * so no county selects it; its legal status does.
	 */
	boolean selects(MunicipalitySummary municipality) {
		return (this.counties.isEmpty()
				|| (municipality.county() != null && this.counties.contains(municipality.county())))
				&& (this.statuses.isEmpty() || this.statuses.contains(municipality.status()))
				&& (this.minPopulation == null || municipality.population() >= this.minPopulation)
				&& (this.maxPopulation == null || municipality.population() <= this.maxPopulation);
	}

}
