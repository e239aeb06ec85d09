package hu.gyakorlattar.practice;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An address a practice had before its title changed; it redirects to the new one. */
@Entity
@Table(name = "practice_old_slug")
class OldSlug {

	@Id
	private String slug;

	private long practiceId;

	protected OldSlug() {
	}

	OldSlug(String slug, long practiceId) {
		this.slug = slug;
		this.practiceId = practiceId;
	}

	long getPracticeId() {
		return this.practiceId;
	}

}
