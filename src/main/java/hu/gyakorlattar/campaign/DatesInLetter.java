package hu.gyakorlattar.campaign;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the years and dates a letter names that are not its conference's, such as "2021",
 * "2021. június 22." or "június 22-én" left in a letter about a December 2026 conference.
 * A warning, not a rule: the office may mean them and send anyway. Dates are read as
 * Hungarian writes them: "2021. június 22.", "2021. jún. 22.", "2021.06.22.",
 * "2021-06-22", and a month and day without a year ("június 22-én", "jún. 22.").
 */
final class DatesInLetter {

	private static final String MONTH = "(január|február|március|április|május|június|július|augusztus"
			+ "|szeptember|október|november|december|jan|febr?|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec)";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final Pattern NAMED_DATE = Pattern.compile(
			"(?<![\\d.])" + YEAR + "\\.?\\s*" + MONTH + "(?!\\p{L})\\.?\\s*(\\d{1,2})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NUMERIC_DATE = Pattern.compile(
			"(?<![\\d.])" + YEAR + "(?:\\.\\s?|-|/)(\\d{1,2})(?:\\.\\s?|-|/)(\\d{1,2})(?!\\d)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MONTH_DAY = Pattern.compile(
			"(?<!\\p{L})" + MONTH + "(?!\\p{L})\\.?\\s*(\\d{1,2})(?!\\d)(?=\\.|-|\\s|,|;|\\)|$)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,/])" + YEAR + "(?![\\d,/]|\\.\\d)");

	private static final List<String> MONTH_STARTS = List.of("jan", "feb", "már", "ápr", "máj", "jún", "júl", "aug",
			"sze", "okt", "nov", "dec");

	private DatesInLetter() {
	}

	/**
	 * The mentions, as written and each once, of a year other than the given ones or of a
	 * day other than the given days; empty when the letter names only those.
	 */
	static List<String> foreign(String text, Set<LocalDate> days, Set<Integer> years) {
		StringBuilder rest = new StringBuilder(text);
		Set<String> found = new LinkedHashSet<>();
		Set<MonthDay> monthDays = days.stream().map(MonthDay::from).collect(Collectors.toSet());
		collect(NAMED_DATE, rest, found, (m) -> known(days, year(m.group(1)), month(m.group(2)), m.group(3)));
		collect(NUMERIC_DATE, rest, found,
				(m) -> known(days, year(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
		collect(MONTH_DAY, rest, found, (m) -> {
			try {
				return monthDays.contains(MonthDay.of(month(m.group(1)), Integer.parseInt(m.group(2))));
			}
			catch (DateTimeException ex) {
				// "június 31" is no day; neither the conference's.
				return false;
			}
		});
		collect(BARE_YEAR, rest, found, (m) -> years.contains(year(m.group(1))));
		return new ArrayList<>(found);
	}

	/**
	 * Adds every match the test does not accept, and blanks every match out, so that the
	 * year of a date is not counted again as a year.
	 */
	private static void collect(Pattern pattern, StringBuilder rest, Set<String> found,
			java.util.function.Predicate<Matcher> accepted) {
		Matcher matcher = pattern.matcher(rest.toString());
		while (matcher.find()) {
			if (!accepted.test(matcher)) {
				found.add(matcher.group().strip());
			}
			for (int i = matcher.start(); i < matcher.end(); i++) {
				rest.setCharAt(i, ' ');
			}
		}
	}

	private static boolean known(Set<LocalDate> days, int year, int month, String day) {
		try {
			return days.contains(LocalDate.of(year, month, Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static int year(String text) {
		return Integer.parseInt(text);
	}

	private static int month(String name) {
		String start = name.toLowerCase(Locale.ROOT).substring(0, 3);
		return MONTH_STARTS.indexOf(start) + 1;
	}

}
