package hu.gyakorlattar.impact;

import java.util.Map;

/**
 * The KSH's statistical regions (NUTS 2 since 2018), each a group of counties; the
 * gazetteer names the county, so the region follows from it.
 */
enum StatisticalRegion {

	BUDAPEST, PEST, KOZEP_DUNANTUL, NYUGAT_DUNANTUL, DEL_DUNANTUL, ESZAK_MAGYARORSZAG, ESZAK_ALFOLD, DEL_ALFOLD;

	private static final Map<String, StatisticalRegion> BY_COUNTY = Map.ofEntries(Map.entry("", BUDAPEST),
			Map.entry("főváros", BUDAPEST), Map.entry("Pest", PEST), Map.entry("Fejér", KOZEP_DUNANTUL),
			Map.entry("Komárom-Esztergom", KOZEP_DUNANTUL), Map.entry("Veszprém", KOZEP_DUNANTUL),
			Map.entry("Győr-Moson-Sopron", NYUGAT_DUNANTUL), Map.entry("Vas", NYUGAT_DUNANTUL),
			Map.entry("Zala", NYUGAT_DUNANTUL), Map.entry("Baranya", DEL_DUNANTUL), Map.entry("Somogy", DEL_DUNANTUL),
			Map.entry("Tolna", DEL_DUNANTUL), Map.entry("Borsod-Abaúj-Zemplén", ESZAK_MAGYARORSZAG),
			Map.entry("Heves", ESZAK_MAGYARORSZAG), Map.entry("Nógrád", ESZAK_MAGYARORSZAG),
			Map.entry("Hajdú-Bihar", ESZAK_ALFOLD), Map.entry("Jász-Nagykun-Szolnok", ESZAK_ALFOLD),
			Map.entry("Szabolcs-Szatmár-Bereg", ESZAK_ALFOLD), Map.entry("Bács-Kiskun", DEL_ALFOLD),
			Map.entry("Békés", DEL_ALFOLD), Map.entry("Csongrád-Csanád", DEL_ALFOLD));

	/** The county's region; none for a county the gazetteer may name in future. */
	static StatisticalRegion of(String county) {
		return BY_COUNTY.get((county != null) ? county : "");
	}

}
