package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import hu.gyakorlattar.municipality.LegalStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public search page's state as URL parameters with Hungarian names (q, tema, megye,
 * jogallas, meret, ev, dij, rendezes, oldal). Anything typed into the URL is read
 * leniently: an unknown value is left out rather than answered with an error.
 */
record SearchState(Map<String, String> parameters) {

	static final String PATH = "/gyakorlatok";

	static final int PAGE_SIZE = 10;

	static SearchState of(Map<String, String> raw) {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String name : new String[] { "q", "tema", "megye", "jogallas", "meret", "ev", "dij", "rendezes" }) {
			String value = raw.get(name);
			if (value != null && !value.isBlank()) {
				kept.put(name, value.strip());
			}
		}
		String page = raw.get("oldal");
		if (page != null && page.matches("\\d{1,5}") && Integer.parseInt(page) > 1) {
			kept.put("oldal", page);
		}
		return new SearchState(kept);
	}

	PracticeQuery toQuery() {
		return new PracticeQuery(this.parameters.get("q"), number(this.parameters.get("tema")),
				this.parameters.get("megye"), parse(LegalStatus.class, this.parameters.get("jogallas")),
				parse(PopulationBand.class, this.parameters.get("meret")), integer(this.parameters.get("ev")),
				parse(AwardLevel.class, this.parameters.get("dij")),
				parse(PracticeQuery.Order.class, this.parameters.get("rendezes")), page() - 1, PAGE_SIZE);
	}

	public String text() {
		return this.parameters.getOrDefault("q", "");
	}

	public String value(String name) {
		return this.parameters.get(name);
	}

	public boolean has(String name) {
		return this.parameters.containsKey(name);
	}

	public int page() {
		return Integer.parseInt(this.parameters.getOrDefault("oldal", "1"));
	}

	/** This search with one facet set (and back on page one). */
	public String with(String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("oldal");
		changed.put(name, value);
		return url(changed);
	}

	/** This search without one facet (and back on page one). */
	public String without(String name) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("oldal");
		changed.remove(name);
		return url(changed);
	}

	/**
	 * The facets as the page lists them: each with a value chosen or values to choose,
	 * each value a link to this search with it chosen. Made here rather than in the
	 * template, where each value's link and state were expressions of their own: the
	 * page's rendering was a quarter of a search's CPU at 100,000 practices.
	 */
	List<FacetLinks> facetLinks(PracticeResults.Facets facets) {
		return Stream
			.of(links("tema", "practice.themes", facets.theme()), links("megye", "practice.county", facets.county()),
					links("jogallas", "practice.legalStatus", facets.status()),
					links("meret", "practice.band", facets.band()), links("ev", "practice.year", facets.year()),
					links("dij", "practice.award", facets.award()))
			.filter((facet) -> !facet.values().isEmpty() || facet.clear() != null)
			.toList();
	}

	private FacetLinks links(String name, String heading, List<PracticeResults.FacetValue> values) {
		String chosen = value(name);
		return new FacetLinks(heading, has(name) ? without(name) : null,
				values.stream()
					.map((value) -> new FacetLink(value.label(), "(" + value.count() + ")", with(name, value.value()),
							value.value().equals(chosen)))
					.toList());
	}

	/** A facet's heading (a message key), the link to any value, and its values. */
	record FacetLinks(String heading, String clear, List<FacetLink> values) {

	}

	/** A facet value's label, count, link, and whether it is the chosen one. */
	record FacetLink(String label, String count, String href, boolean current) {

	}

	public String page(int number) {
		Map<String, String> changed = new LinkedHashMap<>(this.parameters);
		changed.remove("oldal");
		if (number > 1) {
			changed.put("oldal", String.valueOf(number));
		}
		return url(changed);
	}

	private static String url(Map<String, String> parameters) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(PATH);
		parameters.forEach(url::queryParam);
		return url.encode().build().toUriString();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long number(String value) {
		return (value != null && value.matches("\\d{1,12}")) ? Long.valueOf(value) : null;
	}

	private static Integer integer(String value) {
		return (value != null && value.matches("\\d{4}")) ? Integer.valueOf(value) : null;
	}

}
