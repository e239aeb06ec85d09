package hu.gyakorlattar.programme;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import hu.gyakorlattar.shared.Bilingual;

/**
 * What a programme year holds besides its themes and committee (its calls, its
 * conferences), told by the modules that own them, so that this module, on which they
 * depend, need not know them.
 */
public interface ProgrammeYearListings {

	/** The year's public entries of one kind, in the order the owner presents them. */
	List<Listing> listingsOf(int year);

	/** The kinds of entries a programme year page shows, each in its own section. */
	enum Kind {

		CALL, CONFERENCE

	}

	/**
	 * One entry and the path of its public page; {@code at} is a call's deadline or a
	 * conference's start; {@code kindKey} names what kind of event a conference is (the
	 * message key), null for a call.
	 */
	record Listing(Kind kind, @Nullable String kindKey, String titleHu, String titleEn, Instant at, String path) {

		public Bilingual bilingualTitle() {
			return new Bilingual(this.titleHu, this.titleEn);
		}

	}

}
