package hu.gyakorlattar.account;

/** What a signed-in person may do; see the role table in the product brief. */
public enum Role {

	/** The programme office: sets up the year, manages users, sends mail. */
	ADMIN("/admin"),
	/** A steering committee member: sees scores and rankings, decides. */
	COMMITTEE("/bizottsagi-ertekeles"),
	/** An expert who scores the applications assigned to them. */
	EVALUATOR("/ertekeles"),
	/** Someone applying on behalf of one municipality. */
	APPLICANT("/fiok");

	private final String startPage;

	Role(String startPage) {
		this.startPage = startPage;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Where the role's work starts, and so where signing in leads when no page sent
	 * someone to sign in: the office's tasks, the evaluator's applications, the
	 * committee's calls, the applicant's account with their applications.
	 */
	String startPage() {
		return this.startPage;
	}

}
