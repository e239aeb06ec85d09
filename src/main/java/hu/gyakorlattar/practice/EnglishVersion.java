package hu.gyakorlattar.practice;

/**
 * How far a practice's English version is: none yet, a machine draft that no person has
 * reviewed (it stays marked until one does), or reviewed by a person.
 */
enum EnglishVersion {

	MISSING, MACHINE_DRAFTED, REVIEWED;

	/**
	 * The state after an editor saves: no English text is missing, whatever was ticked; a
	 * draft stays a draft until a person ticks that they reviewed it.
	 */
	static EnglishVersion of(boolean hasText, boolean reviewed) {
		if (!hasText) {
			return MISSING;
		}
		return reviewed ? REVIEWED : MACHINE_DRAFTED;
	}

	public String messageKey() {
		return "practice.english." + name();
	}

}
