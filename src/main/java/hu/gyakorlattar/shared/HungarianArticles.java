package hu.gyakorlattar.shared;

import org.jspecify.annotations.Nullable;

/**
 * The definite article before a text the bundles cannot know: a sentence writes
 * {@code a(z) „{0}”} and the reader gets "az „Önkormányzati innovációk…”" or "a
 * „Tudásprogram…”", as a person would write it. The article is "az" where the reading
 * starts with a vowel: a word's first letter, a number as it is read out (egy, öt, ötven,
 * ezer…), an abbreviation without vowels by its first letter's name (ef, el, em, en, er,
 * es, iksz, ipszilon). Quotation marks, brackets and HTML tags before the word are
 * skipped; where nothing readable follows, "a(z)" stays.
 */
public final class HungarianArticles {

	/** What follows the "a" or "A" the reader is to get an article for. */
	private static final String UNDECIDED = "(z) ";

	private static final String VOWELS = "aáeéiíoóöőuúüű";

	/**
	 * Consonants whose Hungarian names start with a vowel: ef, el, em, en, er, es, iksz,
	 * ipszilon.
	 */
	private static final String VOWEL_NAMED = "flmnrsxy";

	private HungarianArticles() {
	}

	/** The sentence with each "a(z)"/"A(z)" the following text decides replaced. */
	public static @Nullable String resolve(@Nullable String sentence) {
		if (sentence == null || sentence.indexOf(UNDECIDED) < 0) {
			return sentence;
		}
		StringBuilder resolved = new StringBuilder(sentence.length());
		int from = 0;
		int at;
		while ((at = sentence.indexOf(UNDECIDED, from)) > 0) {
			char a = sentence.charAt(at - 1);
			boolean startsAWord = at == 1 || !Character.isLetter(sentence.charAt(at - 2));
			Boolean vowel = ((a == 'a' || a == 'A') && startsAWord) ? readsWithVowel(sentence, at + 4) : null;
			resolved.append(sentence, from, at);
			resolved.append((vowel == null) ? UNDECIDED : vowel ? "z " : " ");
			from = at + 4;
		}
		return resolved.append(sentence, from, sentence.length()).toString();
	}

	/**
	 * The article before this text where a sentence cannot hold both: "az", "a", or
	 * "a(z)" when the text does not tell.
	 */
	public static String before(String text) {
		Boolean vowel = readsWithVowel(text, 0);
		return (vowel == null) ? "a(z)" : vowel ? "az" : "a";
	}

	/**
	 * Whether the text from here is read starting with a vowel; null when it cannot tell.
	 */
	private static @Nullable Boolean readsWithVowel(String text, int from) {
		int start = skipQuotesAndTags(text, from);
		if (start >= text.length()) {
			return null;
		}
		char first = text.charAt(start);
		if (Character.isDigit(first)) {
			return readsWithVowel(leadingNumber(text, start));
		}
		if (!Character.isLetter(first)) {
			return null;
		}
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		String word = text.substring(start, end);
		char letter = Character.toLowerCase(first);
		if (isSpelledOut(word)) {
			return VOWELS.indexOf(letter) >= 0 || VOWEL_NAMED.indexOf(letter) >= 0;
		}
		return VOWELS.indexOf(letter) >= 0;
	}

	/**
	 * An abbreviation read letter by letter: capitals without a vowel (KSH, SZMSZ, NGM).
	 */
	private static boolean isSpelledOut(String word) {
		if (word.length() < 2 || !word.equals(word.toUpperCase(HungarianFormats.HUNGARIAN))) {
			return false;
		}
		return word.toLowerCase(HungarianFormats.HUNGARIAN).chars().noneMatch((c) -> VOWELS.indexOf(c) >= 0);
	}

	private static int skipQuotesAndTags(String text, int from) {
		int at = from;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (c == '<') {
				int close = text.indexOf('>', at);
				if (close < 0) {
					return text.length();
				}
				at = close + 1;
			}
			else if ("„“”\"'‘’»«([".indexOf(c) >= 0) {
				at++;
			}
			else {
				return at;
			}
		}
		return at;
	}

	/**
	 * The number at the start, thousands groups separated by spaces read as one number.
	 */
	private static long leadingNumber(String text, int start) {
		StringBuilder digits = new StringBuilder();
		int at = start;
		while (at < text.length()) {
			char c = text.charAt(at);
			if (Character.isDigit(c)) {
				digits.append(c);
				at++;
			}
			else if (Character.isSpaceChar(c) && isGroup(text, at + 1)) {
				at++;
			}
			else {
				break;
			}
		}
		return (digits.length() > 18) ? Long.MAX_VALUE : Long.parseLong(digits.toString());
	}

	private static boolean isGroup(String text, int at) {
		for (int i = at; i < at + 3; i++) {
			if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return at + 3 == text.length() || !Character.isDigit(text.charAt(at + 3));
	}

	/**
	 * Whether a number is read out starting with a vowel (egy, öt, ötven, ötszáz, ezer,
	 * egymillió…): "a 250 férőhelyből", "az 500 férőhelyből", "az 1200 férőhelyből".
	 */
	private static boolean readsWithVowel(long number) {
		long leading = Math.abs(number);
		boolean thousands = false;
		while (leading >= 1000) {
			leading /= 1000;
			thousands = true;
		}
		if (thousands && leading == 1) {
			return true;
		}
		long firstDigit = leading;
		while (firstDigit >= 10) {
			firstDigit /= 10;
		}
		return firstDigit == 5 || (firstDigit == 1 && leading < 10);
	}

}
