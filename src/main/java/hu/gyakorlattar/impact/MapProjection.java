package hu.gyakorlattar.impact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Hungary drawn flat: longitude and latitude mapped linearly (equirectangular), the
 * longitude shortened by the cosine of the country's middle latitude so that shapes and
 * distances look as they are. Coordinates are SVG user units, y growing southwards.
 */
final class MapProjection {

	static final double WIDTH = 800;

	private static final double WEST = 16.0;

	private static final double EAST = 23.0;

	private static final double NORTH = 48.65;

	private static final double SOUTH = 45.65;

	private static final double UNITS_PER_DEGREE = WIDTH / ((EAST - WEST) * Math.cos(Math.toRadians(47.2)));

	private static final double SHRINK = Math.cos(Math.toRadians(47.2));

	static final double HEIGHT = Math.round((NORTH - SOUTH) * UNITS_PER_DEGREE);

	/**
	 * Natural Earth's border of Hungary (1:50m, public domain), derived by
	 * {@code tools/map-data}.
	 */
	static final String OUTLINE = "impact/hungary-outline.csv";

	private MapProjection() {
	}

	static Point project(double latitude, double longitude) {
		return new Point(round((longitude - WEST) * SHRINK * UNITS_PER_DEGREE),
				round((NORTH - latitude) * UNITS_PER_DEGREE));
	}

	/** The country's border as an SVG path. */
	static String outline() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(OUTLINE).getInputStream(), StandardCharsets.UTF_8))) {
			List<Point> border = in.lines()
				.skip(1)
				.map((line) -> line.split(";"))
				.map((fields) -> project(Double.parseDouble(fields[1]), Double.parseDouble(fields[0])))
				.toList();
			return border.stream().map(Point::svg).collect(Collectors.joining(" L", "M", " Z"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled outline " + OUTLINE + " is missing", ex);
		}
	}

	/** To a tenth of a unit, as the drawing is written. */
	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A point of the drawing. */
	record Point(double x, double y) {

		String svg() {
			return String.format(Locale.ROOT, "%.1f %.1f", this.x, this.y);
		}

	}

}
