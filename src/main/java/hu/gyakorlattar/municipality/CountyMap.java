package hu.gyakorlattar.municipality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hungary's nineteen counties and Budapest as a tile map: one equal square per county,
 * placed where the county lies, shaded by a count. Equal tiles keep small counties as
 * readable as large ones, and the map needs no border data; it renders as server-side SVG
 * ({@code templates/municipality/county-map.html}), readable without JavaScript.
 */
public final class CountyMap {

	/** "főváros" (Budapest's districts) and "" (Budapest itself) in the gazetteer. */
	static final String BUDAPEST = "Budapest";

	/** The gazetteer's county of Budapest's districts. */
	static final String CAPITAL_DISTRICTS = "főváros";

	private static final List<Place> PLACES = List.of(new Place("Győr-Moson-Sopron", "GYMS", 1, 0),
			new Place("Komárom-Esztergom", "KE", 2, 0), new Place("Nógrád", "NO", 4, 0),
			new Place("Borsod-Abaúj-Zemplén", "BAZ", 5, 0), new Place("Szabolcs-Szatmár-Bereg", "SZSZB", 6, 0),
			new Place("Vas", "VA", 0, 1), new Place("Veszprém", "VE", 1, 1), new Place("Fejér", "FE", 2, 1),
			new Place(BUDAPEST, "BP", 3, 1), new Place("Pest", "PE", 4, 1), new Place("Heves", "HE", 5, 1),
			new Place("Hajdú-Bihar", "HB", 6, 1), new Place("Zala", "ZA", 0, 2), new Place("Somogy", "SO", 1, 2),
			new Place("Tolna", "TO", 2, 2), new Place("Bács-Kiskun", "BK", 3, 2),
			new Place("Jász-Nagykun-Szolnok", "JNSZ", 4, 2), new Place("Békés", "BE", 5, 2),
			new Place("Baranya", "BA", 2, 3), new Place("Csongrád-Csanád", "CS", 4, 3));

	/**
	 * Shades from none to most; the template styles {@code shade-0} … {@code shade-4}.
	 */
	static final int SHADES = 5;

	private CountyMap() {
	}

	/**
	 * Every county's tile with its count (zero where none is given). Counties are named
	 * as the gazetteer names them; Budapest's districts and Budapest itself count as
	 * Budapest.
	 */
	public static List<CountyTile> tiles(Map<String, Long> countByCounty) {
		Map<String, Long> counts = new HashMap<>();
		countByCounty.forEach((county, count) -> counts.merge(countyOrBudapest(county), count, Long::sum));
		long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return PLACES.stream().map((place) -> {
			long count = counts.getOrDefault(place.county(), 0L);
			return new CountyTile(place.county(), place.code(), place.column(), place.row(), count, shade(count, most));
		}).toList();
	}

	static String countyOrBudapest(String county) {
		return (county == null || county.isBlank() || CAPITAL_DISTRICTS.equals(county)) ? BUDAPEST : county;
	}

	private static int shade(long count, long most) {
		if (count == 0) {
			return 0;
		}
		return 1 + (int) Math.min(SHADES - 2, (count - 1) * (SHADES - 1) / most);
	}

	/** One county's square: where it stands in the grid, its count and its shade. */
	public record CountyTile(String county, String code, int column, int row, long count, int shade) {

	}

	private record Place(String county, String code, int column, int row) {

	}

}
