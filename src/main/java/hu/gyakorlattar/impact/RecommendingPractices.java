package hu.gyakorlattar.impact;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import hu.gyakorlattar.impact.Evidence.Adoption;
import hu.gyakorlattar.impact.Evidence.Candidate;
import hu.gyakorlattar.impact.Evidence.InterestSource;
import hu.gyakorlattar.impact.Evidence.Interests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.municipality.PopulationBand;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

/**
 * "Municipalities like yours": ranks the published practices for a municipality by a
 * weighted sum of named signals, so that every recommendation can say why. Two
 * municipalities are alike when the gazetteer puts them in the same population band and
 * the same kind of settlement. A municipality is never recommended its own practice, nor
 * one it takes up (or tried and stopped).
 */
@Service
class RecommendingPractices {

	/** How many recommendations a municipality is shown. */
	static final int TOP = 10;

	/**
	 * The signals, their weight per count and the count that saturates them. A stopped
	 * transfer counts for none of the adopters' signals: it shows interest, not fit.
	 */
	enum Signal {

		/** Municipalities alike the target take it up. */
		SIMILAR_ADOPTERS(2.0, 3),

		/** Municipalities of the target's county take it up. */
		NEARBY_ADOPTERS(1.0, 3),

		/** Anyone takes it up: popularity, weakly. */
		ADOPTERS(0.5, 4),

		/**
		 * Its theme is one the target applied in, registered for or takes up a practice
		 * in.
		 */
		THEME(2.0, 1),

		/** An origin of the same population band. */
		ORIGIN_SIZE(1.0, 1),

		/** An origin of the same kind of settlement. */
		ORIGIN_KIND(1.0, 1),

		/** An origin in the same county: a study visit is a short drive. */
		ORIGIN_COUNTY(1.5, 1),

		/** An origin in the same statistical region, but another county. */
		ORIGIN_REGION(0.5, 1);

		private final double weight;

		private final int saturation;

		Signal(double weight, int saturation) {
			this.weight = weight;
			this.saturation = saturation;
		}

		double points(int count) {
			return this.weight * Math.min(count, this.saturation);
		}

		boolean describesOrigin() {
			return name().startsWith("ORIGIN_");
		}

	}

	private final MatchmakingEvidence evidence;

	private final MunicipalityDirectory directory;

	RecommendingPractices(MatchmakingEvidence evidence, MunicipalityDirectory directory) {
		this.evidence = evidence;
		this.directory = directory;
	}

	/**
	 * The best {@link #TOP} practices for the municipality; empty for an unknown code.
	 */
	Optional<List<Recommendation>> recommendFor(String kshCode) {
		return Optional.ofNullable(recommendFor(List.of(kshCode), TOP).get(kshCode));
	}

	/**
	 * The best {@code limit} practices for each of the municipalities the directory
	 * knows, reading the evidence once for all of them (a campaign's batch of letters).
	 */
	Map<String, List<Recommendation>> recommendFor(Collection<String> kshCodes, int limit) {
		Evidence all = this.evidence.gather();
		Map<String, Interests> interests = this.evidence.interestsOf(kshCodes);
		Map<String, List<Recommendation>> recommended = new HashMap<>();
		for (String kshCode : kshCodes) {
			this.directory.find(kshCode)
				.ifPresent((target) -> recommended.put(kshCode,
						rank(target, interests.get(kshCode), all).stream().limit(limit).toList()));
		}
		return recommended;
	}

	/**
	 * Every practice with a positive score for the target, best first; equal scores in
	 * Hungarian order of their titles.
	 */
	static List<Recommendation> rank(MunicipalitySummary target, Interests declared, Evidence evidence) {
		Set<Long> takenUp = evidence.adoptions()
			.stream()
			.filter((adoption) -> adoption.adopter().kshCode().equals(target.kshCode()))
			.map(Adoption::practiceId)
			.collect(Collectors.toSet());
		Map<String, InterestSource> interests = new HashMap<>(declared.themes());
		evidence.candidates()
			.stream()
			.filter((candidate) -> takenUp.contains(candidate.practice().id()))
			.forEach((candidate) -> candidate.themes()
				.forEach((theme) -> interests.putIfAbsent(theme, InterestSource.TRANSFER)));
		Map<Long, List<Adoption>> adoptersOf = evidence.adoptions()
			.stream()
			.filter((adoption) -> !adoption.stopped())
			.collect(Collectors.groupingBy(Adoption::practiceId));
		Collator collator = HungarianFormats.collator();
		return evidence.candidates()
			.stream()
			.filter((candidate) -> !candidate.practice().ownedBy(target.kshCode()))
			.filter((candidate) -> !takenUp.contains(candidate.practice().id()))
			.map((candidate) -> score(target, candidate, adoptersOf.getOrDefault(candidate.practice().id(), List.of()),
					interests))
			.filter((recommendation) -> recommendation.score() > 0)
			.sorted(Comparator.comparingDouble(Recommendation::score)
				.reversed()
				.thenComparing((recommendation) -> recommendation.practice().title(), collator))
			.toList();
	}

	private static Recommendation score(MunicipalitySummary target, Candidate candidate, List<Adoption> adopters,
			Map<String, InterestSource> interests) {
		Map<Signal, Double> points = new EnumMap<>(Signal.class);
		int similar = count(adopters, (adoption) -> alike(adoption.adopter(), target));
		int nearby = count(adopters, (adoption) -> sameCounty(adoption.adopter(), target));
		points.put(Signal.SIMILAR_ADOPTERS, Signal.SIMILAR_ADOPTERS.points(similar));
		points.put(Signal.NEARBY_ADOPTERS, Signal.NEARBY_ADOPTERS.points(nearby));
		points.put(Signal.ADOPTERS, Signal.ADOPTERS.points(adopters.size()));
		Optional<String> theme = candidate.themes()
			.stream()
			.filter(interests::containsKey)
			.min(Comparator.comparing((String name) -> interests.get(name)).thenComparing(Comparator.naturalOrder()));
		points.put(Signal.THEME, Signal.THEME.points(theme.isPresent() ? 1 : 0));
		Optional<MunicipalitySummary> closestOrigin = candidate.origins()
			.stream()
			.max(Comparator.comparingDouble(
					(origin) -> originPoints(target, origin).values().stream().mapToDouble(Double::doubleValue).sum()));
		closestOrigin.ifPresent((origin) -> points.putAll(originPoints(target, origin)));
		points.values().removeIf((value) -> value == 0);
		double score = points.values().stream().mapToDouble(Double::doubleValue).sum();
		return new Recommendation(candidate.practice(), score, points,
				explanation(target, candidate, points, similar, nearby, adopters.size(), theme, interests));
	}

	private static Map<Signal, Double> originPoints(MunicipalitySummary target, MunicipalitySummary origin) {
		Map<Signal, Double> points = new EnumMap<>(Signal.class);
		points.put(Signal.ORIGIN_SIZE, Signal.ORIGIN_SIZE.points(sameBand(origin, target) ? 1 : 0));
		points.put(Signal.ORIGIN_KIND, Signal.ORIGIN_KIND.points(sameKind(origin, target) ? 1 : 0));
		boolean sameCounty = sameCounty(origin, target);
		points.put(Signal.ORIGIN_COUNTY, Signal.ORIGIN_COUNTY.points(sameCounty ? 1 : 0));
		points.put(Signal.ORIGIN_REGION,
				Signal.ORIGIN_REGION.points(!sameCounty && sameRegion(origin, target) ? 1 : 0));
		return points;
	}

	/**
	 * The sentence of the strongest reason: the alike adopters, the theme, the adopters
	 * nearby, the origin (its signals together) or the adopters anywhere, in this order
	 * when equal.
	 */
	private static MessageSourceResolvable explanation(MunicipalitySummary target, Candidate candidate,
			Map<Signal, Double> points, int similar, int nearby, int adopters, Optional<String> theme,
			Map<String, InterestSource> interests) {
		double origin = points.entrySet()
			.stream()
			.filter((point) -> point.getKey().describesOrigin())
			.mapToDouble(Map.Entry::getValue)
			.sum();
		double best = Math.max(origin, points.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
		SettlementKind kind = SettlementKind.of(target.status());
		if (points.getOrDefault(Signal.SIMILAR_ADOPTERS, 0.0) == best) {
			return message("impact.reason.similarAdopters", message(kind.pluralMessageKey()), similar);
		}
		if (theme.isPresent() && points.get(Signal.THEME) == best) {
			return message("impact.reason.theme." + interests.get(theme.get()).name().toLowerCase(Locale.ROOT),
					theme.get());
		}
		if (points.getOrDefault(Signal.NEARBY_ADOPTERS, 0.0) == best) {
			return StatisticalRegion.of(target.county()) == StatisticalRegion.BUDAPEST
					? message("impact.reason.nearbyAdopters.capital", nearby)
					: message("impact.reason.nearbyAdopters", target.county(), nearby);
		}
		String origins = String.join(", ", candidate.practice().ownerNames());
		if (origin == best) {
			if (points.containsKey(Signal.ORIGIN_COUNTY)) {
				return message("impact.reason.origin.county", origins);
			}
			if (points.containsKey(Signal.ORIGIN_SIZE) && points.containsKey(Signal.ORIGIN_KIND)) {
				return message("impact.reason.origin.similar", origins, message(kind.messageKey()));
			}
			if (points.containsKey(Signal.ORIGIN_REGION)) {
				return message("impact.reason.origin.region", origins);
			}
			return message("impact.reason.origin.other", origins);
		}
		return message("impact.reason.adopters", adopters);
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	private static int count(List<Adoption> adopters, Predicate<Adoption> condition) {
		return (int) adopters.stream().filter(condition).count();
	}

	/** Alike: the same population band and the same kind of settlement. */
	static boolean alike(MunicipalitySummary one, MunicipalitySummary other) {
		return sameBand(one, other) && sameKind(one, other);
	}

	private static boolean sameBand(MunicipalitySummary one, MunicipalitySummary other) {
		return PopulationBand.of(one.population()) == PopulationBand.of(other.population());
	}

	private static boolean sameKind(MunicipalitySummary one, MunicipalitySummary other) {
		return SettlementKind.of(one.status()) == SettlementKind.of(other.status());
	}

	private static boolean sameCounty(MunicipalitySummary one, MunicipalitySummary other) {
		return Objects.equals(StatisticalRegion.of(one.county()), StatisticalRegion.BUDAPEST)
				? StatisticalRegion.of(other.county()) == StatisticalRegion.BUDAPEST
				: Objects.equals(one.county(), other.county());
	}

	private static boolean sameRegion(MunicipalitySummary one, MunicipalitySummary other) {
		StatisticalRegion region = StatisticalRegion.of(one.county());
		return region != null && region == StatisticalRegion.of(other.county());
	}

}
