package hu.gyakorlattar.programme;

/**
 * The programme years of the demo data, for other modules' tests: the invitation's 2021
 * and the year of the first start, whose call is open and whose conference is ahead
 * (other tests sharing a context add years before and after it).
 */
public final class DemoYearsForTests {

	private DemoYearsForTests() {
	}

	/** The year of the first start, named as the demo data names it. */
	public static int current(ProgrammeManagement programme) {
		return programme.allCycles()
			.stream()
			.filter((cycle) -> cycle.title().hu().equals("Legjobb Önkormányzati Gyakorlatok Programja " + cycle.year()))
			.mapToInt(CycleView::year)
			.max()
			.orElseThrow();
	}

}
