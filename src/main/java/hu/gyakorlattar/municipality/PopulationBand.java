package hu.gyakorlattar.municipality;

/**
 * Municipality sizes, as the programme groups them: the knowledge base's facet and the
 * registration statistics.
 */
public enum PopulationBand {

	UNDER_1K(0), FROM_1K(1_000), FROM_5K(5_000), FROM_20K(20_000), OVER_100K(100_000);

	private final int from;

	PopulationBand(int from) {
		this.from = from;
	}

	public static PopulationBand of(int population) {
		PopulationBand band = UNDER_1K;
		for (PopulationBand candidate : values()) {
			if (population >= candidate.from) {
				band = candidate;
			}
		}
		return band;
	}

	public String messageKey() {
		return "municipality.band." + name();
	}

}
