package hu.gyakorlattar.practice;

import java.time.Instant;

import hu.gyakorlattar.practice.Practice.Status;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * Whether the public sees a practice, since when, and when its owners were last asked for
 * news of their results. A practice published again after a withdrawal keeps the date of
 * its first publication: readers sort by it and the yearly update request counts from it.
 */
@Embeddable
record Publication(@Enumerated(EnumType.STRING) Status status, @Nullable Instant publishedAt,
		@Nullable Instant updateRequestedAt) {

	static final Publication DRAFT = new Publication(Status.DRAFT, null, null);

	boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	/** Published now, or still published since its first date. */
	Publication published(Instant now) {
		return isPublished() ? this : new Publication(Status.PUBLISHED,
				(this.publishedAt != null) ? this.publishedAt : now, this.updateRequestedAt);
	}

	/** Back with the office, its dates kept for a later publication. */
	Publication withdrawn() {
		return new Publication(Status.DRAFT, this.publishedAt, this.updateRequestedAt);
	}

	Publication updateRequested(Instant now) {
		return new Publication(this.status, this.publishedAt, now);
	}

}
