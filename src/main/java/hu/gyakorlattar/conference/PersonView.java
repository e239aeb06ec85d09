package hu.gyakorlattar.conference;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.PersonName;

/**
 * A speaker or moderator as pages and mails show them: "Dr. Zongor Gábor", then the post
 * and the organisation. {@code postEn}, {@code organisationEn} and {@code bioEn} are the
 * English versions, empty where there is none; the name is the same in both languages.
 */
public record PersonView(long id, PersonName name, String post, String organisation, String bio, boolean hasPhoto,
		String postEn, String organisationEn, String bioEn) {

	/** Someone described in Hungarian only. */
	public PersonView(long id, PersonName name, String post, String organisation, String bio, boolean hasPhoto) {
		this(id, name, post, organisation, bio, hasPhoto, "", "", "");
	}

	/**
	 * Post and organisation as one line, in Hungarian: "főosztályvezető, Innovációs és
	 * Technológiai Minisztérium".
	 */
	public String affiliation() {
		if (this.post.isBlank()) {
			return this.organisation;
		}
		return this.organisation.isBlank() ? this.post : this.post + ", " + this.organisation;
	}

	/**
	 * Post and organisation for a reader of this language, each in its own version (an
	 * English post may stand beside a Hungarian organisation), leaving out what is empty
	 * in it: the parts of the line a page joins with ", ".
	 */
	public List<Bilingual> affiliationIn(Locale locale) {
		return Stream.of(bilingualPost(), bilingualOrganisation())
			.filter((part) -> !part.in(locale).isEmpty())
			.toList();
	}

	public Bilingual bilingualPost() {
		return new Bilingual(this.post, this.postEn);
	}

	public Bilingual bilingualOrganisation() {
		return new Bilingual(this.organisation, this.organisationEn);
	}

	public Bilingual bilingualBio() {
		return new Bilingual(this.bio, this.bioEn);
	}

}
