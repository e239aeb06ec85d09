package hu.gyakorlattar.municipality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hu.gyakorlattar.shared.ApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the bundled GeoNames extract and the gazetteer put municipalities: a located one
 * where GeoNames has it, any other amid its district (or Budapest), marked approximate.
 */
@ApplicationTest
class MunicipalityLocationsTests {

	private static final String SZADA = "21458";

	private static final String VELEMER = "18430";

	private static final String BUDAPEST_07 = "29744";

	private static final String BUDAPEST = "13578";

	@Autowired
	MunicipalityLocations locations;

	@Autowired
	MunicipalityRepository municipalities;

	@Test
	void aMunicipalityGeoNamesKnowsStandsWhereItIsAndASmallVillageAmidItsDistrict() {
		Map<String, MunicipalityLocation> found = this.locations.locate(List.of(SZADA, VELEMER, "99999"));

		assertThat(found.get(SZADA)).isEqualTo(new MunicipalityLocation(47.63333, 19.31667, false));
		MunicipalityLocation velemer = found.get(VELEMER);
		assertThat(velemer.approximate()).isTrue();
		// Velemér, a village of the Őrség of about a hundred people, lies at 46.73° N
		// 16.37° E; its district, Szentgotthárd's, is some 40 km across.
		assertThat(kilometres(velemer, 46.73, 16.37)).isLessThan(40);
		assertThat(found).as("a code the gazetteer does not know has no place").doesNotContainKey("99999");
	}

	@Test
	void aDistrictOfBudapestThatGeoNamesDoesNotNameStandsAmidTheOthers() {
		Map<String, MunicipalityLocation> found = this.locations.locate(List.of(BUDAPEST_07, BUDAPEST));

		assertThat(found.get(BUDAPEST).approximate()).isFalse();
		assertThat(found.get(BUDAPEST_07).approximate()).isTrue();
		assertThat(kilometres(found.get(BUDAPEST_07), found.get(BUDAPEST).latitude(), found.get(BUDAPEST).longitude()))
			.isLessThan(10);
	}

	@Test
	void everyBundledLocationIsAMunicipalityOfTheGazetteerInsideHungary() throws IOException {
		List<String> codes = new String(
				new ClassPathResource(MunicipalityLocations.LOCATIONS).getInputStream().readAllBytes(),
				StandardCharsets.UTF_8)
			.lines()
			.skip(1)
			.map((line) -> line.split(";")[0])
			.toList();

		assertThat(codes).hasSizeGreaterThan(900);
		assertThat(this.municipalities.findAllById(codes)).hasSameSizeAs(codes);
		assertThat(this.locations.locate(codes).values()).hasSameSizeAs(codes).allSatisfy((location) -> {
			assertThat(location.approximate()).isFalse();
			assertThat(location.latitude()).isBetween(45.7, 48.6);
			assertThat(location.longitude()).isBetween(16.1, 22.9);
		});
	}

	private static double kilometres(MunicipalityLocation location, double latitude, double longitude) {
		double north = Math.toRadians(location.latitude() - latitude);
		double east = Math.toRadians(location.longitude() - longitude) * Math.cos(Math.toRadians(latitude));
		return 6371 * Math.hypot(north, east);
	}

}
