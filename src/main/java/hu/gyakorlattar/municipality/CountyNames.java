package hu.gyakorlattar.municipality;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Counties as readers know them. The gazetteer puts Budapest's districts in the county
 * "főváros", which pages and documents call "Budapest", in English too, as the county map
 * does. Addresses, filters and forms keep the gazetteer's value; Budapest itself, in no
 * county, stays without one.
 */
@Component("counties")
public class CountyNames {

	/** "Budapest" for the districts' "főváros", otherwise the county as it is. */
	public static @Nullable String of(@Nullable String county) {
		return CountyMap.CAPITAL_DISTRICTS.equals(county) ? CountyMap.BUDAPEST : county;
	}

	/** Budapest itself (in no county) or one of its districts. */
	public static boolean isBudapest(@Nullable String county) {
		return CountyMap.countyOrBudapest(county).equals(CountyMap.BUDAPEST);
	}

	/** The same for templates: {@code ${@counties.name(m.county)}}. */
	public @Nullable String name(@Nullable String county) {
		return of(county);
	}

}
