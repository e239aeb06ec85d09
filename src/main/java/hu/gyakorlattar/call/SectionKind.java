package hu.gyakorlattar.call;

/**
 * A section of the application form, after the Council of Europe's Best Practice
 * Programme form (see domain.md §1.4). The labels and hints are the messages
 * {@code call.section.<KIND>} and {@code call.section.<KIND>.hint}; the defaults are what
 * a new call starts with.
 */
public enum SectionKind {

	SUMMARY(true, 1000), PROBLEM(true, 3000), GOALS(true, 2000), IMPLEMENTATION(true, 5000), PARTNERS(true, 3000),
	RESOURCES(true, 3000), RESULTS(true, 4000), INNOVATION(true, 2000), SUSTAINABILITY(true, 2000),
	TRANSFERABILITY(true, 3000), OPEN_DAY(false, 1000), DECLARATION(true, 500);

	private final boolean requiredByDefault;

	private final int defaultMaxLength;

	SectionKind(boolean requiredByDefault, int defaultMaxLength) {
		this.requiredByDefault = requiredByDefault;
		this.defaultMaxLength = defaultMaxLength;
	}

	public boolean requiredByDefault() {
		return this.requiredByDefault;
	}

	public int defaultMaxLength() {
		return this.defaultMaxLength;
	}

}
