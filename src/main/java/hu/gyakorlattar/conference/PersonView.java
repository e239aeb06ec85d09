package hu.gyakorlattar.conference;

import hu.gyakorlattar.shared.PersonName;

/**
 * A speaker or moderator as pages and mails show them: "Dr. Zongor Gábor", then the post
 * and the organisation.
 */
public record PersonView(long id, PersonName name, String post, String organisation, String bio, boolean hasPhoto) {

	/**
	 * Post and organisation as one line: "főosztályvezető, Innovációs és Technológiai
	 * Minisztérium".
	 */
	public String affiliation() {
		if (this.post.isBlank()) {
			return this.organisation;
		}
		return this.organisation.isBlank() ? this.post : this.post + ", " + this.organisation;
	}

}
