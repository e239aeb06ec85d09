package hu.gyakorlattar.evaluation;

/** How many yes votes carry a motion, among the votes cast. */
enum Majority {

	/** More yes than no; abstentions do not count. */
	SIMPLE,
	/** More than half of the votes cast are yes; an abstention counts against. */
	ABSOLUTE,
	/** At least two thirds of the votes cast are yes. */
	TWO_THIRDS;

	boolean carries(int yes, int no, int abstain) {
		int cast = yes + no + abstain;
		return switch (this) {
			case SIMPLE -> yes > no;
			case ABSOLUTE -> 2 * yes > cast;
			case TWO_THIRDS -> yes > 0 && 3 * yes >= 2 * cast;
		};
	}

}
