package hu.gyakorlattar.impact;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.impact.MapProjection.Point;

import static org.assertj.core.api.Assertions.assertThat;

class MapProjectionTests {

	@Test
	void townsStandWhereTheyLieAgainstEachOther() {
		Point sopron = MapProjection.project(47.68, 16.58);
		Point debrecen = MapProjection.project(47.53, 21.63);
		Point miskolc = MapProjection.project(48.10, 20.78);
		Point szeged = MapProjection.project(46.25, 20.15);

		assertThat(sopron.x()).isLessThan(debrecen.x());
		assertThat(miskolc.y()).as("north is up").isLessThan(szeged.y());
		// Sopron–Debrecen is about 380 km, Miskolc–Szeged about 215 km: the drawing keeps
		// the proportion.
		double ratio = distance(sopron, debrecen) / distance(miskolc, szeged);
		assertThat(ratio).isBetween(380.0 / 215 * 0.9, 380.0 / 215 * 1.1);
	}

	@Test
	void theWholeBorderFitsTheDrawing() {
		String[] points = MapProjection.outline().replaceAll("[MLZ]", " ").strip().split("\\s+");
		double[] numbers = Arrays.stream(points).mapToDouble(Double::parseDouble).toArray();

		assertThat(numbers.length).isGreaterThan(200);
		for (int i = 0; i < numbers.length; i += 2) {
			assertThat(numbers[i]).isBetween(0.0, MapProjection.WIDTH);
			assertThat(numbers[i + 1]).isBetween(0.0, MapProjection.HEIGHT);
		}
	}

	private static double distance(Point a, Point b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

}
