package hu.gyakorlattar.municipality;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountyMapTests {

	@Test
	void everyCountyAndBudapestHasOneTileOfItsOwn() {
		List<CountyMap.CountyTile> tiles = CountyMap.tiles(Map.of());
		assertThat(tiles).hasSize(20).allSatisfy((tile) -> assertThat(tile.count()).isZero());
		assertThat(tiles.stream().map((tile) -> tile.column() + "," + tile.row()).collect(Collectors.toSet()))
			.as("no two counties share a square")
			.hasSize(20);
	}

	@Test
	void budapestsDistrictsCountAsBudapestAndTheBusiestCountyIsDarkest() {
		List<CountyMap.CountyTile> tiles = CountyMap.tiles(Map.of("főváros", 7L, "", 1L, "Pest", 40L, "Zala", 1L));
		Map<String, CountyMap.CountyTile> byCounty = tiles.stream()
			.collect(Collectors.toMap(CountyMap.CountyTile::county, (tile) -> tile));
		assertThat(byCounty.get("Budapest").count()).isEqualTo(8);
		assertThat(byCounty.get("Pest").shade()).isEqualTo(CountyMap.SHADES - 1);
		assertThat(byCounty.get("Zala").shade()).isEqualTo(1);
		assertThat(byCounty.get("Vas").shade()).isZero();
	}

}
