package hu.gyakorlattar.municipality;

import org.jspecify.annotations.Nullable;

/**
 * What other modules read of a municipality. {@code district} is the járás name;
 * {@code county} is empty for Budapest itself and "főváros" for its districts, as the
 * gazetteer has it.
 */
public record MunicipalitySummary(String kshCode, String name, LegalStatus status, @Nullable String county,
		@Nullable String district, int population) {

	/** The county as readers know it ({@link CountyNames}). */
	public @Nullable String countyName() {
		return CountyNames.of(this.county);
	}

	/**
	 * The county, with Budapest and its districts as one, "Budapest", as maps and tables
	 * by county count them.
	 */
	public String countyOrBudapest() {
		return CountyMap.countyOrBudapest(this.county);
	}

}
