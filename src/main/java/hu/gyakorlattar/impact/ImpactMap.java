package hu.gyakorlattar.impact;

import java.util.List;

import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.transfer.TransferStatus;

/**
 * The impact map as drawn for one choice of theme and year: the places and the flows of
 * the drawing, and the same transfers and counts as tables for those who do not see it.
 */
record ImpactMap(String outline, List<Place> places, List<Flow> flows, List<TransferRow> transfers,
		List<CountyRow> counties, long practices, long approximatePlaces) {

	/** The drawing's size in its own units, for the SVG's viewBox. */
	public double width() {
		return MapProjection.WIDTH;
	}

	public double height() {
		return MapProjection.HEIGHT;
	}

	/**
	 * A municipality on the map: where its practices start from ({@code practices} > 0),
	 * where practices are taken up ({@code adoptions} > 0), or both.
	 */
	record Place(String kshCode, String name, double x, double y, long practices, long adoptions, boolean approximate) {

		public boolean isOrigin() {
			return this.practices > 0;
		}

	}

	/** One arrow from a practice's origin to a municipality that takes it up. */
	record Flow(String path, TransferStatus status, String origin, String adopter, Bilingual practiceTitle) {

	}

	/** A municipality named in a table, linked to its page. */
	record Named(String kshCode, String name) {

	}

	record TransferRow(String practiceSlug, Bilingual practiceTitle, List<Named> origins, Named adopter,
			TransferStatus status, int year) {

	}

	/**
	 * A county's practices (by their origin) and the transfers to its municipalities;
	 * Budapest counts as one.
	 */
	record CountyRow(String county, long practices, long adoptions) {

	}

}
