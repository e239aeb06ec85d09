package hu.gyakorlattar.conference;

import java.util.List;

import hu.gyakorlattar.programme.ProgrammeYearListings;

import org.springframework.stereotype.Component;

/**
 * A programme year's page lists the year's published conferences, in time order, each
 * with its kind.
 */
@Component
class ConferencesInTheProgrammeYear implements ProgrammeYearListings {

	private final ConferenceManagement conferences;

	ConferencesInTheProgrammeYear(ConferenceManagement conferences) {
		this.conferences = conferences;
	}

	@Override
	public List<Listing> listingsOf(int year) {
		return this.conferences.published()
			.stream()
			.filter((conference) -> conference.cycleYear() == year)
			.map((conference) -> new Listing(Kind.CONFERENCE, conference.kind().messageKey(), conference.title(),
					conference.titleEn(), conference.startsAt(), "/esemenyek/" + conference.id()))
			.toList();
	}

}
