package hu.gyakorlattar.account;

/** What a signed-in person may do; see the role table in the product brief. */
public enum Role {

	/** The programme office: sets up the year, manages users, sends mail. */
	ADMIN,
	/** A steering committee member: sees scores and rankings, decides. */
	COMMITTEE,
	/** An expert who scores the applications assigned to them. */
	EVALUATOR,
	/** Someone applying on behalf of one municipality. */
	APPLICANT;

	public String authority() {
		return "ROLE_" + name();
	}

}
