package hu.gyakorlattar.practice;

/** How far a practice has come; the programme only takes practices that already work. */
enum Stage {

	PILOT, RUNNING, EXPANDED, CONCLUDED;

	public String messageKey() {
		return "practice.stage." + name();
	}

}
