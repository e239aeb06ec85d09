package hu.gyakorlattar.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The map's choice, as its GET form sends it: a theme (by id) and a year. In a year the
 * map shows the transfers started that year and the practices recognised by then. A value
 * that names no theme or year offered is ignored and answered with its message, keyed by
 * the field's name.
 */
record ImpactMapFilter(@Nullable Long theme, @Nullable Integer year, Map<String, String> errors) {

	static final String THEME = "tema";

	static final String YEAR = "ev";

	static ImpactMapFilter read(String theme, String year, Set<Long> themes, Set<Integer> years) {
		Map<String, String> errors = new LinkedHashMap<>();
		Long chosenTheme = choice(theme, Long::valueOf, themes);
		if (chosenTheme == null && !blank(theme)) {
			errors.put(THEME, "impact.map.filter.theme.unknown");
		}
		Integer chosenYear = choice(year, Integer::valueOf, years);
		if (chosenYear == null && !blank(year)) {
			errors.put(YEAR, "impact.map.filter.year.unknown");
		}
		return new ImpactMapFilter(chosenTheme, chosenYear, Map.copyOf(errors));
	}

	private static <T> @Nullable T choice(@Nullable String text, Function<String, T> parse, Set<T> offered) {
		if (blank(text)) {
			return null;
		}
		try {
			T value = parse.apply(text.strip());
			return offered.contains(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	boolean admitsTheme(List<Long> themeIds) {
		return this.theme == null || themeIds.contains(this.theme);
	}

	boolean admitsPracticeOf(int cycleYear) {
		return this.year == null || cycleYear <= this.year;
	}

	boolean admitsTransferStartedIn(int year) {
		return this.year == null || year == this.year;
	}

}
