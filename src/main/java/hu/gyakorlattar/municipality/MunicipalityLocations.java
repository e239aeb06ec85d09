package hu.gyakorlattar.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where municipalities lie, for maps. A municipality that the bundled extract of GeoNames
 * ({@value #LOCATIONS}, CC BY 4.0, matched to the KSH gazetteer by name and county; see
 * {@code tools/map-data}) names stands where GeoNames puts it. Any other, mostly villages
 * too small for that extract, stands at the average position of the located
 * municipalities of its district (járás), or of its county when none of its district is
 * located, and is marked approximate.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityLocations {

	static final String LOCATIONS = "municipality/locations.csv";

	private final Map<String, MunicipalityLocation> located = read();

	private final MunicipalityRepository municipalities;

	MunicipalityLocations(MunicipalityRepository municipalities) {
		this.municipalities = municipalities;
	}

	/**
	 * The location of each of these municipalities by KSH code; a code the directory does
	 * not know has none.
	 */
	public Map<String, MunicipalityLocation> locate(Collection<String> kshCodes) {
		Map<String, MunicipalityLocation> found = new HashMap<>();
		kshCodes.stream().filter(this.located::containsKey).forEach((code) -> found.put(code, this.located.get(code)));
		List<Municipality> unlocated = this.municipalities
			.findAllById(kshCodes.stream().filter((code) -> !found.containsKey(code)).distinct().toList());
		if (unlocated.isEmpty()) {
			return found;
		}
		Map<String, Optional<MunicipalityLocation>> districts = middles(
				this.municipalities.findByDistrictCodeIn(values(unlocated, Municipality::getDistrictCode)),
				Municipality::getDistrictCode);
		Map<String, Optional<MunicipalityLocation>> counties = middles(
				this.municipalities.findByCountyIn(values(unlocated, Municipality::getCounty)),
				Municipality::getCounty);
		for (Municipality municipality : unlocated) {
			districts.getOrDefault(municipality.getDistrictCode(), Optional.empty())
				.or(() -> counties.getOrDefault(municipality.getCounty(), Optional.empty()))
				.ifPresent((middle) -> found.put(municipality.getKshCode(), middle));
		}
		return found;
	}

	private static List<String> values(List<Municipality> municipalities, Function<Municipality, String> value) {
		return municipalities.stream().map(value).filter(Objects::nonNull).distinct().toList();
	}

	/** The average position of each group's located members, marked approximate. */
	private Map<String, Optional<MunicipalityLocation>> middles(List<Municipality> members,
			Function<Municipality, String> group) {
		return members.stream()
			.filter((member) -> this.located.containsKey(member.getKshCode()))
			.collect(
					Collectors.groupingBy(group, Collectors.collectingAndThen(Collectors.toList(), (located) -> Optional
						.of(middle(located.stream().map((m) -> this.located.get(m.getKshCode())).toList())))));
	}

	private static MunicipalityLocation middle(List<MunicipalityLocation> locations) {
		return new MunicipalityLocation(
				locations.stream().mapToDouble(MunicipalityLocation::latitude).average().orElseThrow(),
				locations.stream().mapToDouble(MunicipalityLocation::longitude).average().orElseThrow(), true);
	}

	private static Map<String, MunicipalityLocation> read() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LOCATIONS).getInputStream(), StandardCharsets.UTF_8))) {
			return in.lines()
				.skip(1)
				.map((line) -> line.split(";"))
				.collect(Collectors.toUnmodifiableMap((fields) -> fields[0],
						(fields) -> new MunicipalityLocation(Double.parseDouble(fields[1]),
								Double.parseDouble(fields[2]), false)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled municipality locations " + LOCATIONS + " are missing", ex);
		}
	}

}
