package hu.gyakorlattar.evaluation;

/**
 * How many of the members entitled to vote must vote for a motion to be decided (members
 * excluded by a conflict of interest do not count).
 */
enum Quorum {

	/** More than half of the members. */
	MORE_THAN_HALF,
	/** At least two thirds of the members. */
	TWO_THIRDS,
	/** Every member. */
	ALL;

	boolean met(int voted, int members) {
		return switch (this) {
			case MORE_THAN_HALF -> 2 * voted > members;
			case TWO_THIRDS -> 3 * voted >= 2 * members;
			case ALL -> voted >= members;
		};
	}

	/** The fewest votes that make the quorum. */
	int of(int members) {
		int votes = 0;
		while (!met(votes, members)) {
			votes++;
		}
		return votes;
	}

}
