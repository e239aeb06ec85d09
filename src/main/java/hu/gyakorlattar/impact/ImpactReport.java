package hu.gyakorlattar.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.municipality.LegalStatus;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.municipality.PopulationBand;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.Bilingual;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.transfer.TransferStatus;
import hu.gyakorlattar.transfer.TransferView;

/**
 * A programme year's impact, as the committee hands it to the ministries: the practices
 * recognised that year and what became of them elsewhere, as it stands when compiled.
 * Counted in total, by theme, and by county, size band and legal status (a practice
 * counts where its owners are, a transfer where its adopter is); the outcomes the
 * adopters reported and why transfers stopped. Names municipalities, never people.
 */
record ImpactReport(int year, Instant compiledAt, Counts totals, int adopters, int adopterCounties, List<Row> byTheme,
		List<Row> byCounty, List<Row> bySize, List<Row> byStatus, List<Adoption> adoptions, List<Outcome> outcomes,
		List<Stop> stops) {

	/** The label of municipalities the directory no longer knows. */
	static final String UNKNOWN_KEY = "impact.report.unknown";

	/**
	 * Compiles the report of a year from its themes (by id, in their order), its
	 * published practices, the transfers of those practices only, and the municipalities
	 * of both.
	 */
	static ImpactReport compile(int year, Map<Long, Bilingual> themes, List<PublishedPractice> practices,
			List<TransferView> transfers, Map<String, MunicipalitySummary> municipalities, Instant now) {
		Map<Long, PublishedPractice> byId = practices.stream()
			.collect(Collectors.toMap(PublishedPractice::id, Function.identity()));
		Tally all = new Tally();
		practices.forEach(all::practice);
		transfers.forEach(all::transfer);
		Grouping grouping = new Grouping(municipalities, practices, transfers, byId);
		Set<String> adopters = transfers.stream().map(TransferView::kshCode).collect(Collectors.toSet());
		long counties = adopters.stream().map(grouping::county).flatMap(Optional::stream).distinct().count();
		return new ImpactReport(year, now, all.counts(), adopters.size(), (int) counties, grouping.themeRows(themes),
				grouping.countyRows(), grouping.sizeRows(), grouping.statusRows(), adoptions(transfers, grouping),
				outcomes(themes, transfers, byId), stops(transfers, byId));
	}

	/**
	 * Each indicator of each practice: the latest report of every adopter that gave one,
	 * added up, or averaged when it is a share ("%"), which does not add up.
	 */
	private static List<Outcome> outcomes(Map<Long, Bilingual> themes, List<TransferView> transfers,
			Map<Long, PublishedPractice> practices) {
		List<Long> themeOrder = List.copyOf(themes.keySet());
		Collator collator = HungarianFormats.collator();
		Map<Long, Map<List<String>, List<TransferView.Outcome>>> reported = new HashMap<>();
		for (TransferView transfer : transfers) {
			transfer.answeredCheckIns()
				.stream()
				.findFirst()
				.ifPresent((latest) -> latest.outcomes()
					.forEach((outcome) -> reported.computeIfAbsent(transfer.practiceId(), (id) -> new LinkedHashMap<>())
						.computeIfAbsent(List.of(outcome.indicator(), outcome.unit()), (key) -> new ArrayList<>())
						.add(outcome)));
		}
		return reported.entrySet()
			.stream()
			.sorted(Comparator
				.comparingInt((Map.Entry<Long, ?> entry) -> firstTheme(practices.get(entry.getKey()), themeOrder))
				.thenComparing((entry) -> practices.get(entry.getKey()).title(), collator))
			.flatMap((entry) -> entry.getValue()
				.values()
				.stream()
				.map((values) -> Outcome.of(practices.get(entry.getKey()), values)))
			.toList();
	}

	private static int firstTheme(PublishedPractice practice, List<Long> themeOrder) {
		return practice.themeIds()
			.stream()
			.mapToInt(themeOrder::indexOf)
			.filter((position) -> position >= 0)
			.min()
			.orElse(themeOrder.size());
	}

	private static List<Adoption> adoptions(List<TransferView> transfers, Grouping grouping) {
		return transfers.stream()
			.sorted(Comparator.comparing(TransferView::startedAt).thenComparing(TransferView::id))
			.map((transfer) -> new Adoption(grouping.byId().get(transfer.practiceId()).bilingualTitle(),
					transfer.practiceSlug(), transfer.municipalityName(),
					grouping.county(transfer.kshCode()).orElse(""), transfer.startedAt(), transfer.status()))
			.toList();
	}

	private static List<Stop> stops(List<TransferView> transfers, Map<Long, PublishedPractice> practices) {
		return transfers.stream()
			.filter((transfer) -> transfer.status() == TransferStatus.STOPPED)
			.sorted(Comparator.comparing(TransferView::statusChangedAt).thenComparing(TransferView::id))
			.map((transfer) -> new Stop(practices.get(transfer.practiceId()).bilingualTitle(), transfer.practiceSlug(),
					transfer.municipalityName(), transfer.statusChangedAt(), transfer.stopReason()))
			.toList();
	}

	/**
	 * How many practices, how many transfers of them and where those stand, and how many
	 * check-ins were answered.
	 */
	record Counts(int practices, int transfers, int inProgress, int running, int stopped, int reports) {

	}

	/**
	 * A row of a table: a group named as it is ({@code name}, a theme's in either
	 * language) or by a message ({@code messageKey}), and its counts.
	 */
	record Row(Bilingual name, String messageKey, Counts counts) {

		/** A county's row: its name is the same in either language. */
		static Row county(String name, Counts counts) {
			return new Row(new Bilingual(name, name), null, counts);
		}

	}

	/**
	 * A practice's indicator: how many adopters reported it and their total (or mean, for
	 * a share).
	 */
	record Outcome(Bilingual practiceTitle, String practiceSlug, int municipalities, TransferView.Outcome total,
			boolean average) {

		static Outcome of(PublishedPractice practice, List<TransferView.Outcome> reports) {
			TransferView.Outcome first = reports.get(0);
			BigDecimal sum = reports.stream().map(TransferView.Outcome::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			boolean share = "%".equals(first.unit().strip());
			BigDecimal value = share ? sum.divide(BigDecimal.valueOf(reports.size()), 2, RoundingMode.HALF_UP) : sum;
			return new Outcome(practice.bilingualTitle(), practice.slug(), reports.size(),
					new TransferView.Outcome(first.indicator(), first.unit(), value), share);
		}

	}

	/** A municipality taking up a practice: where, since when, and how far it came. */
	record Adoption(Bilingual practiceTitle, String practiceSlug, String municipality, String county, Instant startedAt,
			TransferStatus status) {

	}

	/**
	 * A stopped transfer: which municipality stopped taking up which practice, and why.
	 */
	record Stop(Bilingual practiceTitle, String practiceSlug, String municipality, Instant stoppedAt, String reason) {

	}

	/** The counts of one group, as practices and transfers are added to it. */
	private static final class Tally {

		private final Set<Long> practices = new HashSet<>();

		private final Set<Long> transfers = new HashSet<>();

		private int inProgress;

		private int running;

		private int stopped;

		private int reports;

		void practice(PublishedPractice practice) {
			this.practices.add(practice.id());
		}

		void transfer(TransferView transfer) {
			if (!this.transfers.add(transfer.id())) {
				return;
			}
			switch (transfer.status()) {
				case RUNNING -> this.running++;
				case STOPPED -> this.stopped++;
				default -> this.inProgress++;
			}
			this.reports += transfer.answeredCheckIns().size();
		}

		Counts counts() {
			return new Counts(this.practices.size(), this.transfers.size(), this.inProgress, this.running, this.stopped,
					this.reports);
		}

	}

	/**
	 * Puts the year's practices and transfers into groups by theme or by what the
	 * directory says of their municipalities.
	 */
	private record Grouping(Map<String, MunicipalitySummary> municipalities, List<PublishedPractice> practices,
			List<TransferView> transfers, Map<Long, PublishedPractice> byId) {

		<K> Map<K, Tally> by(Function<PublishedPractice, Collection<K>> ofPractice,
				Function<TransferView, Collection<K>> ofTransfer) {
			Map<K, Tally> tallies = new HashMap<>();
			this.practices.forEach((practice) -> ofPractice.apply(practice)
				.forEach((key) -> tallies.computeIfAbsent(key, (k) -> new Tally()).practice(practice)));
			this.transfers.forEach((transfer) -> ofTransfer.apply(transfer)
				.forEach((key) -> tallies.computeIfAbsent(key, (k) -> new Tally()).transfer(transfer)));
			return tallies;
		}

		/** Every theme of the year; a practice of several themes counts in each. */
		List<Row> themeRows(Map<Long, Bilingual> themes) {
			Map<Long, Tally> tallies = by(PublishedPractice::themeIds,
					(transfer) -> this.byId.get(transfer.practiceId()).themeIds());
			return themes.entrySet()
				.stream()
				.map((theme) -> new Row(theme.getValue(), null,
						tallies.getOrDefault(theme.getKey(), new Tally()).counts()))
				.toList();
		}

		/** The counties with a practice or a transfer, in Hungarian order. */
		List<Row> countyRows() {
			Map<Optional<String>, Tally> tallies = by(
					(practice) -> practice.ownerKshCodes().stream().map(this::county).collect(Collectors.toSet()),
					(transfer) -> List.of(county(transfer.kshCode())));
			Collator collator = HungarianFormats.collator();
			return tallies.entrySet()
				.stream()
				.sorted(Comparator.comparing((Map.Entry<Optional<String>, Tally> entry) -> entry.getKey().isEmpty())
					.thenComparing((entry) -> entry.getKey().orElse(""), collator))
				.map((entry) -> entry.getKey()
					.map((county) -> Row.county(county, entry.getValue().counts()))
					.orElseGet(() -> new Row(null, UNKNOWN_KEY, entry.getValue().counts())))
				.toList();
		}

		/** Every size band, smallest first. */
		List<Row> sizeRows() {
			return enumRows(PopulationBand.class, (municipality) -> PopulationBand.of(municipality.population()),
					PopulationBand::messageKey, true);
		}

		/** The legal statuses with a practice or a transfer, the capital first. */
		List<Row> statusRows() {
			return enumRows(LegalStatus.class, MunicipalitySummary::status, LegalStatus::messageKey, false);
		}

		private <E extends Enum<E>> List<Row> enumRows(Class<E> type, Function<MunicipalitySummary, E> group,
				Function<E, String> messageKey, boolean everyOne) {
			Function<String, Optional<E>> of = (kshCode) -> Optional.ofNullable(this.municipalities.get(kshCode))
				.map(group);
			Map<Optional<E>, Tally> tallies = by(
					(practice) -> practice.ownerKshCodes().stream().map(of).collect(Collectors.toSet()),
					(transfer) -> List.of(of.apply(transfer.kshCode())));
			Map<E, Tally> known = new EnumMap<>(type);
			if (everyOne) {
				for (E value : type.getEnumConstants()) {
					known.put(value, new Tally());
				}
			}
			tallies.forEach((key, tally) -> key.ifPresent((value) -> known.put(value, tally)));
			List<Row> rows = new ArrayList<>(known.entrySet()
				.stream()
				.map((entry) -> new Row(null, messageKey.apply(entry.getKey()), entry.getValue().counts()))
				.toList());
			Optional.ofNullable(tallies.get(Optional.<E>empty()))
				.ifPresent((unknown) -> rows.add(new Row(null, UNKNOWN_KEY, unknown.counts())));
			return rows;
		}

		/** The county of a municipality the directory knows; Budapest for the capital. */
		Optional<String> county(String kshCode) {
			return Optional.ofNullable(this.municipalities.get(kshCode)).map(MunicipalitySummary::countyOrBudapest);
		}

	}

}
