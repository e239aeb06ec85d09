package hu.gyakorlattar.registration;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.campaign.Invitations;
import hu.gyakorlattar.municipality.CountyMap;
import hu.gyakorlattar.municipality.CountyMap.CountyTile;
import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.PopulationBand;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A conference's registrations counted for the programme office: people and distinct
 * municipalities by county (Budapest as one), by legal status and by population band (the
 * knowledge base's bands), guests of organisations on a line of their own, and the
 * registrations day by day since the first invitation went out.
 *
 * <p>
 * Counted are the registrations that stand: confirmed, waiting for a place, or attended.
 * Unconfirmed requests and cancellations are reported beside them, never in them. The
 * municipality is read as it was copied at registration (county, status, population), so
 * the numbers survive anonymisation and later gazetteers. Days are Budapest days.
 */
@Component
class RegistrationStatistics {

	static final Set<RegistrationStatus> COUNTED = EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING,
			RegistrationStatus.ATTENDED);

	/**
	 * Beyond a year the chart's days would be too thin to see; earlier ones are summed.
	 */
	static final int MOST_DAYS = 366;

	private final RegistrationRepository registrations;

	private final Invitations invitations;

	private final Clock clock;

	RegistrationStatistics(RegistrationRepository registrations, Invitations invitations, Clock clock) {
		this.registrations = registrations;
		this.invitations = invitations;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Statistics of(ConferenceView conference) {
		List<Registration> all = this.registrations.findByConferenceIdOrderByCreatedAtAscIdAsc(conference.id());
		Map<RegistrationStatus, Long> byStatus = new EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus status : RegistrationStatus.values()) {
			byStatus.put(status, all.stream().filter((r) -> r.getStatus() == status).count());
		}
		List<Registration> counted = all.stream().filter((r) -> COUNTED.contains(r.getStatus())).toList();
		List<Registration> municipal = counted.stream().filter((r) -> r.getMunicipality().kshCode() != null).toList();
		// One municipality, one copy: the first registration's.
		Map<String, Registration> municipalities = new LinkedHashMap<>();
		municipal.forEach((r) -> municipalities.putIfAbsent(r.getMunicipality().kshCode(), r));
		long guests = counted.size() - municipal.size();

		Map<String, Long> peopleByCounty = countBy(municipal, RegistrationStatistics::county);
		Map<String, Long> municipalitiesByCounty = countBy(municipalities.values(), RegistrationStatistics::county);
		List<CountyTile> map = CountyMap.tiles(municipalitiesByCounty);

		return new Statistics(counted.size(), municipalities.size(), guests, byStatus,
				withGuests(counties(CountyMap.tiles(peopleByCounty), map, peopleByCounty, municipalitiesByCounty),
						guests),
				map, withGuests(statuses(municipal, municipalities.values()), guests),
				withGuests(bands(municipal, municipalities.values()), guests), timeline(conference, counted));
	}

	/** Every county and Budapest in Hungarian order, and any county the map lacks. */
	private static List<Line> counties(List<CountyTile> people, List<CountyTile> municipalities,
			Map<String, Long> peopleByCounty, Map<String, Long> municipalitiesByCounty) {
		List<Line> lines = new ArrayList<>();
		Map<String, Long> municipalitiesOnMap = municipalities.stream()
			.collect(Collectors.toMap(CountyTile::county, CountyTile::count));
		for (CountyTile tile : people) {
			lines.add(new Line(tile.county(), null, tile.count(), municipalitiesOnMap.get(tile.county())));
		}
		Set<String> onMap = new HashSet<>(municipalitiesOnMap.keySet());
		onMap.addAll(Set.of("", "főváros"));
		peopleByCounty.keySet()
			.stream()
			.filter((county) -> !onMap.contains(county))
			.forEach((county) -> lines.add(new Line(county, null, peopleByCounty.get(county),
					municipalitiesByCounty.getOrDefault(county, 0L))));
		Collator collator = HungarianFormats.collator();
		lines.sort(Comparator.comparing(Line::name, collator));
		return lines;
	}

	private static List<Line> statuses(List<Registration> municipal, Iterable<Registration> municipalities) {
		return Stream.of(LegalStatus.values())
			.map((status) -> line(status.messageKey(), municipal, municipalities,
					(r) -> status.name().equals(r.getMunicipality().status())))
			.toList();
	}

	private static List<Line> bands(List<Registration> municipal, Iterable<Registration> municipalities) {
		return Stream.of(PopulationBand.values())
			.map((band) -> line(band.messageKey(), municipal, municipalities,
					(r) -> r.getMunicipality().population() != null
							&& PopulationBand.of(r.getMunicipality().population()) == band))
			.toList();
	}

	private static Line line(String messageKey, List<Registration> municipal, Iterable<Registration> municipalities,
			Predicate<Registration> in) {
		long towns = 0;
		for (Registration each : municipalities) {
			towns += in.test(each) ? 1 : 0;
		}
		return new Line(null, messageKey, municipal.stream().filter(in).count(), towns);
	}

	/**
	 * The lines with guests of organisations last, and each line's bars scaled to the
	 * table's largest number of people.
	 */
	private static List<Line> withGuests(List<Line> lines, long guests) {
		List<Line> all = new ArrayList<>(lines);
		all.add(new Line(null, "registration.statistics.guests", guests, null));
		long most = all.stream().mapToLong(Line::people).max().orElse(0);
		return all.stream().map((line) -> line.scaledTo(most)).toList();
	}

	private static String county(Registration registration) {
		return Objects.requireNonNullElse(registration.getMunicipality().county(), "");
	}

	private static Map<String, Long> countBy(Iterable<Registration> registrations, Function<Registration, String> key) {
		Map<String, Long> counts = new LinkedHashMap<>();
		registrations.forEach((r) -> counts.merge(key.apply(r), 1L, Long::sum));
		return counts;
	}

	/**
	 * The counted registrations day by day, from the day the first invitation went out
	 * (or the first registration, if that was earlier or there was no invitation) until
	 * today or the conference's day, whichever is first, and at least until the last
	 * registration.
	 */
	private Timeline timeline(ConferenceView conference, List<Registration> counted) {
		Optional<LocalDate> invitation = this.invitations.firstSentAt(conference.id()).map(RegistrationStatistics::day);
		List<LocalDate> days = counted.stream().map((r) -> day(r.getCreatedAt())).sorted().toList();
		Optional<LocalDate> start = Stream.concat(invitation.stream(), days.stream().limit(1))
			.min(Comparator.naturalOrder());
		if (start.isEmpty()) {
			return Timeline.EMPTY;
		}
		LocalDate today = day(this.clock.instant());
		LocalDate end = Stream
			.of(start.get(), days.isEmpty() ? start.get() : days.get(days.size() - 1),
					today.isBefore(conference.day()) ? today : conference.day())
			.max(Comparator.naturalOrder())
			.orElseThrow();
		LocalDate first = start.get().isBefore(end.minusDays(MOST_DAYS - 1)) ? end.minusDays(MOST_DAYS - 1)
				: start.get();
		Map<LocalDate, Long> added = days.stream().collect(Collectors.groupingBy((d) -> d, Collectors.counting()));
		long total = days.stream().filter((d) -> d.isBefore(first)).count();
		List<Timeline.DayCount> counts = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
			long that = added.getOrDefault(d, 0L);
			total += that;
			counts.add(new Timeline.DayCount(d, that, total));
		}
		return Timeline.of(counts, invitation.filter((d) -> !d.isBefore(first)).orElse(null));
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, HungarianFormats.BUDAPEST);
	}

	/**
	 * What the statistics page shows.
	 *
	 * @param people registrations counted (confirmed, waiting, attended)
	 * @param municipalities distinct municipalities among them
	 * @param guests counted registrations of non-municipal guests (an organisation only)
	 * @param byStatus every registration by status, counted or not
	 */
	record Statistics(long people, long municipalities, long guests, Map<RegistrationStatus, Long> byStatus,
			List<Line> counties, List<CountyTile> map, List<Line> statuses, List<Line> bands, Timeline timeline) {

		public long confirmed() {
			return this.byStatus.get(RegistrationStatus.CONFIRMED);
		}

		public long waiting() {
			return this.byStatus.get(RegistrationStatus.WAITING);
		}

		public long attended() {
			return this.byStatus.get(RegistrationStatus.ATTENDED);
		}

		public long requested() {
			return this.byStatus.get(RegistrationStatus.REQUESTED);
		}

		public long cancelled() {
			return this.byStatus.get(RegistrationStatus.CANCELLED);
		}

	}

	/**
	 * One line of a table: a county's name or a label's message key, the people and the
	 * municipalities ({@code null} for guests, who come from none), and the lengths of
	 * their bars in percent of the table's largest number of people.
	 */
	record Line(String name, String messageKey, long people, Long municipalities, int peopleBar,
			int municipalitiesBar) {

		Line(String name, String messageKey, long people, Long municipalities) {
			this(name, messageKey, people, municipalities, 0, 0);
		}

		Line scaledTo(long most) {
			return new Line(this.name, this.messageKey, this.people, this.municipalities, bar(this.people, most),
					(this.municipalities != null) ? bar(this.municipalities, most) : 0);
		}

		/** A bar as long as its share, but never invisible for a count above zero. */
		private static int bar(long count, long most) {
			if (count == 0 || most == 0) {
				return 0;
			}
			return (int) Math.max(1, Math.round(100.0 * count / most));
		}

	}

	/**
	 * The registrations over time as an SVG bar chart: a bar per day as high as the
	 * running total, horizontal lines at round numbers, every few days labelled, and the
	 * invitation's day marked. Geometry is in the SVG's own units
	 * ({@link #WIDTH}×{@link #HEIGHT}).
	 */
	record Timeline(List<Day> days, List<Gridline> gridlines, Day invitation, long total) {

		static final int WIDTH = 720;

		static final int HEIGHT = 260;

		static final int LEFT = 56;

		static final int RIGHT = 12;

		static final int TOP = 28;

		static final int BASELINE = 220;

		/** A lone day's bar stays a bar, not a wall. */
		static final double WIDEST_BAR = 40;

		/** At most this many days carry a label under the axis. */
		static final int LABELS = 8;

		static final Timeline EMPTY = new Timeline(List.of(), List.of(), null, 0);

		static Timeline of(List<DayCount> counts, LocalDate invitationDay) {
			long most = counts.stream().mapToLong(DayCount::total).max().orElse(0);
			long step = step(most);
			long top = Math.max(step, ((most + step - 1) / step) * step);
			double slot = (double) (WIDTH - LEFT - RIGHT) / counts.size();
			int every = (int) Math.ceil((double) counts.size() / LABELS);
			List<Day> days = new ArrayList<>();
			for (int i = 0; i < counts.size(); i++) {
				DayCount count = counts.get(i);
				double height = (double) (BASELINE - TOP) * count.total() / top;
				double width = Math.min(WIDEST_BAR, Math.max(0.5, slot * 0.8));
				days.add(new Day(count.date(), count.added(), count.total(), count.date().equals(invitationDay),
						round(LEFT + i * slot + (slot - width) / 2), round(width), round(BASELINE - height),
						round(height), round(LEFT + (i + 0.5) * slot), i % every == 0));
			}
			List<Gridline> gridlines = new ArrayList<>();
			for (long value = 0; value <= top; value += step) {
				gridlines.add(new Gridline(value, round(BASELINE - (double) (BASELINE - TOP) * value / top)));
			}
			Day invitation = days.stream().filter(Day::invitation).findFirst().orElse(null);
			long total = counts.isEmpty() ? 0 : counts.get(counts.size() - 1).total();
			return new Timeline(days, gridlines, invitation, total);
		}

		/** A round step giving at most six lines from zero: 1, 2, 5, 10, 20, 50… */
		static long step(long most) {
			long step = 1;
			while (most / step > 4) {
				long next = (Long.toString(step).charAt(0) == '2') ? step / 2 * 5 : step * 2;
				step = next;
			}
			return step;
		}

		private static double round(double value) {
			return Math.round(value * 100) / 100.0;
		}

		public boolean isEmpty() {
			return this.days.isEmpty();
		}

		public int left() {
			return LEFT;
		}

		public int right() {
			return WIDTH - RIGHT;
		}

		public int top() {
			return TOP;
		}

		public int baseline() {
			return BASELINE;
		}

		public LocalDate firstDay() {
			return this.days.get(0).date();
		}

		public LocalDate lastDay() {
			return this.days.get(this.days.size() - 1).date();
		}

		record DayCount(LocalDate date, long added, long total) {

		}

		/**
		 * A day: registrations added that day, the running total, and its bar ({@code x},
		 * {@code width}, {@code y}, {@code height}) with the middle of its slot
		 * ({@code centre}) for its label.
		 */
		record Day(LocalDate date, long added, long total, boolean invitation, double x, double width, double y,
				double height, double centre, boolean labelled) {

		}

		record Gridline(long value, double y) {

		}

	}

}
