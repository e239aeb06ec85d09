package hu.gyakorlattar.impact;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import hu.gyakorlattar.impact.ImpactMap.CountyRow;
import hu.gyakorlattar.impact.ImpactMap.Flow;
import hu.gyakorlattar.impact.ImpactMap.Named;
import hu.gyakorlattar.impact.ImpactMap.Place;
import hu.gyakorlattar.impact.ImpactMap.TransferRow;
import hu.gyakorlattar.impact.MapProjection.Point;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalityLocation;
import hu.gyakorlattar.municipality.MunicipalityLocations;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.CycleView;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.transfer.TransferLedger;
import hu.gyakorlattar.transfer.TransferView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the public map of the programme's impact: each published practice at the
 * municipalities that run it, each transfer as an arrow from there to the municipality
 * that takes it up, for a theme and a year.
 */
@Component
@Transactional(readOnly = true)
class DrawingImpactMap {

	/**
	 * How far an arrow bows to its left, as a share of its length, so that two opposite
	 * ones do not overlap.
	 */
	private static final double BOW = 0.15;

	/**
	 * How much shorter an arrow is than the distance, so that its head stops at the
	 * adopter's mark.
	 */
	private static final double HEAD_GAP = 5;

	/** How far apart places drawn on one spot are set, about 8 km. */
	private static final double SPREAD = 12;

	private final PracticeManagement practices;

	private final TransferLedger ledger;

	private final ProgrammeManagement programme;

	private final MunicipalityDirectory directory;

	private final MunicipalityLocations locations;

	private final String outline = MapProjection.outline();

	DrawingImpactMap(PracticeManagement practices, TransferLedger ledger, ProgrammeManagement programme,
			MunicipalityDirectory directory, MunicipalityLocations locations) {
		this.practices = practices;
		this.ledger = ledger;
		this.programme = programme;
		this.directory = directory;
		this.locations = locations;
	}

	/**
	 * The page for a choice of theme and year as its form sends them: what there is to
	 * choose from, the choice as read, and the map drawn for it. The programme, the
	 * practices, the ledger and the municipalities are read once each, however many the
	 * map shows.
	 */
	ImpactMapPage page(String theme, String year) {
		List<CycleView> cycles = this.programme.allCycles();
		List<PublishedPractice> published = this.practices.publishedPractices();
		List<TransferView> transfers = this.ledger.ofPractices(published)
			.stream()
			.sorted(Comparator.comparing(TransferView::startedAt).thenComparing(TransferView::id))
			.toList();
		Map<Long, ThemeChoice> themes = themes(cycles);
		Set<Integer> years = years(cycles, transfers);
		ImpactMapFilter filter = ImpactMapFilter.read(theme, year, themes.keySet(), years);
		return new ImpactMapPage(themes, years, filter, draw(filter, published, transfers));
	}

	/** The themes to choose from, by id: each programme year's own, latest year first. */
	private static Map<Long, ThemeChoice> themes(List<CycleView> cycles) {
		Map<Long, ThemeChoice> themes = new LinkedHashMap<>();
		cycles.stream()
			.sorted(Comparator.comparingInt((cycle) -> -cycle.year()))
			.forEach((cycle) -> cycle.themes()
				.forEach((theme) -> themes.put(theme.id(), new ThemeChoice(theme.name(), cycle.year()))));
		return themes;
	}

	/**
	 * The years to choose from: those of the programme and those in which transfers
	 * started, latest first.
	 */
	private static Set<Integer> years(List<CycleView> cycles, List<TransferView> transfers) {
		Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		cycles.forEach((cycle) -> years.add(cycle.year()));
		transfers.forEach((transfer) -> years.add(startYear(transfer)));
		return years;
	}

	private ImpactMap draw(ImpactMapFilter filter, List<PublishedPractice> published, List<TransferView> transfers) {
		List<PublishedPractice> themed = published.stream()
			.filter((practice) -> filter.admitsTheme(practice.themeIds()))
			.toList();
		List<PublishedPractice> shownPractices = themed.stream()
			.filter((practice) -> filter.admitsPracticeOf(practice.cycleYear()))
			.toList();
		Set<Long> themedIds = themed.stream().map(PublishedPractice::id).collect(Collectors.toSet());
		List<TransferView> shownTransfers = transfers.stream()
			.filter((transfer) -> themedIds.contains(transfer.practiceId())
					&& filter.admitsTransferStartedIn(startYear(transfer)))
			.toList();
		List<String> kshCodes = Stream.concat(
				Stream.concat(shownPractices.stream().flatMap((practice) -> practice.ownerKshCodes().stream()),
						shownTransfers.stream().flatMap((transfer) -> transfer.originKshCodes().stream())),
				shownTransfers.stream().map(TransferView::kshCode))
			.distinct()
			.toList();
		Map<String, MunicipalityLocation> located = this.locations.locate(kshCodes);
		Map<String, MunicipalitySummary> municipalities = this.directory.findAll(kshCodes);

		Map<String, Long> practicesAt = shownPractices.stream()
			.flatMap((practice) -> practice.ownerKshCodes().stream())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, Long> adoptionsAt = shownTransfers.stream()
			.collect(Collectors.groupingBy(TransferView::kshCode, Collectors.counting()));
		List<Place> places = spread(kshCodes.stream()
			.filter((code) -> located.containsKey(code) && municipalities.containsKey(code))
			.sorted()
			.map((code) -> place(municipalities.get(code), located.get(code), practicesAt.getOrDefault(code, 0L),
					adoptionsAt.getOrDefault(code, 0L)))
			.toList()).stream()
			// the origins last, so that their larger marks are drawn over the adopters'
			.sorted(Comparator.comparing(Place::isOrigin))
			.toList();
		Map<String, Place> placed = places.stream().collect(Collectors.toMap(Place::kshCode, Function.identity()));
		Map<Long, Bilingual> titles = themed.stream()
			.collect(Collectors.toMap(PublishedPractice::id, PublishedPractice::bilingualTitle));

		List<Flow> flows = new ArrayList<>();
		for (TransferView transfer : shownTransfers) {
			Place adopter = placed.get(transfer.kshCode());
			for (String origin : transfer.originKshCodes()) {
				Optional.ofNullable(placed.get(origin))
					.filter((from) -> adopter != null)
					.flatMap((from) -> arrow(from, adopter))
					.ifPresent((path) -> flows.add(new Flow(path, transfer.status(), placed.get(origin).name(),
							adopter.name(), titles.get(transfer.practiceId()))));
			}
		}
		return new ImpactMap(this.outline, places, flows,
				shownTransfers.stream()
					.map((transfer) -> row(transfer, titles.get(transfer.practiceId()), municipalities))
					.toList(),
				counties(shownPractices, shownTransfers, municipalities), shownPractices.size(),
				places.stream().filter(Place::approximate).count());
	}

	private static Place place(MunicipalitySummary municipality, MunicipalityLocation location, long practices,
			long adoptions) {
		Point point = MapProjection.project(location.latitude(), location.longitude());
		return new Place(municipality.kshCode(), municipality.name(), point.x(), point.y(), practices, adoptions,
				location.approximate());
	}

	/**
	 * Places drawn on one spot, such as two approximately placed villages of one
	 * district, set apart on a small circle around it, so that each mark and the arrow
	 * between them stay visible.
	 */
	private static List<Place> spread(List<Place> places) {
		Map<Point, List<Place>> bySpot = places.stream()
			.collect(Collectors.groupingBy((place) -> new Point(place.x(), place.y()), LinkedHashMap::new,
					Collectors.toList()));
		return bySpot.values().stream().flatMap((together) -> {
			if (together.size() == 1) {
				return together.stream();
			}
			return IntStream.range(0, together.size()).mapToObj((i) -> {
				Place place = together.get(i);
				double angle = 2 * Math.PI * i / together.size();
				return new Place(place.kshCode(), place.name(),
						MapProjection.round(place.x() + SPREAD * Math.cos(angle)),
						MapProjection.round(place.y() + SPREAD * Math.sin(angle)), place.practices(), place.adoptions(),
						place.approximate());
			});
		}).toList();
	}

	/**
	 * A quadratic curve from one place to the other, bowed to its left and ending short
	 * of the adopter's mark; none between two marks on one spot.
	 */
	private static Optional<String> arrow(Place from, Place to) {
		double dx = to.x() - from.x();
		double dy = to.y() - from.y();
		double length = Math.hypot(dx, dy);
		if (length < 1) {
			return Optional.empty();
		}
		Point control = new Point((from.x() + to.x()) / 2 + dy * BOW, (from.y() + to.y()) / 2 - dx * BOW);
		double tx = to.x() - control.x();
		double ty = to.y() - control.y();
		double tangent = Math.hypot(tx, ty);
		double gap = Math.min(HEAD_GAP, length / 3);
		Point end = new Point(to.x() - tx / tangent * gap, to.y() - ty / tangent * gap);
		return Optional.of("M" + new Point(from.x(), from.y()).svg() + " Q" + control.svg() + " " + end.svg());
	}

	private static TransferRow row(TransferView transfer, Bilingual practiceTitle,
			Map<String, MunicipalitySummary> municipalities) {
		List<Named> origins = new ArrayList<>();
		for (int i = 0; i < transfer.originKshCodes().size(); i++) {
			origins.add(new Named(transfer.originKshCodes().get(i), transfer.originNames().get(i)));
		}
		String adopter = Optional.ofNullable(municipalities.get(transfer.kshCode()))
			.map(MunicipalitySummary::name)
			.orElse(transfer.municipalityName());
		return new TransferRow(transfer.practiceSlug(), practiceTitle, origins, new Named(transfer.kshCode(), adopter),
				transfer.status(), startYear(transfer));
	}

	/** A theme to choose from: its name in either language and its programme year. */
	record ThemeChoice(Bilingual name, int year) {

	}

	/** The page of the map: the themes and years to choose from, the choice, the map. */
	record ImpactMapPage(Map<Long, ThemeChoice> themes, Set<Integer> years, ImpactMapFilter filter, ImpactMap map) {

	}

	private static List<CountyRow> counties(List<PublishedPractice> practices, List<TransferView> transfers,
			Map<String, MunicipalitySummary> municipalities) {
		Map<String, Long> practicesIn = practices.stream()
			.flatMap((practice) -> practice.ownerKshCodes()
				.stream()
				.map(municipalities::get)
				.filter(Objects::nonNull)
				.map(MunicipalitySummary::countyOrBudapest)
				.distinct())
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		Map<String, Long> adoptionsIn = transfers.stream()
			.map((transfer) -> municipalities.get(transfer.kshCode()))
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(MunicipalitySummary::countyOrBudapest, Collectors.counting()));
		Collator collator = HungarianFormats.collator();
		return Stream.concat(practicesIn.keySet().stream(), adoptionsIn.keySet().stream())
			.distinct()
			.sorted(collator)
			.map((county) -> new CountyRow(county, practicesIn.getOrDefault(county, 0L),
					adoptionsIn.getOrDefault(county, 0L)))
			.toList();
	}

	private static int startYear(TransferView transfer) {
		return LocalDate.ofInstant(transfer.startedAt(), HungarianFormats.BUDAPEST).getYear();
	}

}
