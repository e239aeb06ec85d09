package hu.gyakorlattar.practice;

import hu.gyakorlattar.municipality.PopulationBand;

import java.util.LinkedHashMap;
import java.util.Map;

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
