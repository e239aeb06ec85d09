package hu.gyakorlattar.call;

import java.util.List;

import hu.gyakorlattar.programme.ProgrammeYearListings;

import org.springframework.stereotype.Component;

/**
 * A programme year's page lists the year's published calls by theme, each with its
 * deadline.
 */
@Component
class CallsInTheProgrammeYear implements ProgrammeYearListings {

	private final CallManagement calls;

	CallsInTheProgrammeYear(CallManagement calls) {
		this.calls = calls;
	}

	@Override
	public List<Listing> listingsOf(int year) {
		return this.calls.published(year)
			.stream()
			.map((call) -> new Listing(Kind.CALL, null, call.themeNameHu(), call.themeNameEn(), call.deadline(),
					"/felhivasok/" + call.id()))
			.toList();
	}

}
