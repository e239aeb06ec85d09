package hu.gyakorlattar.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visitor typed, as the search reads it: phrases in quotes, words to leave out (a
 * leading minus sign) and the other words. Every other character is text, so nothing
 * typed can make a query the index refuses. Each word and each phrase is a concept the
 * search tries to cover.
 */
record TypedQuery(List<String> words, List<String> phrases, List<String> excluded) {

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

	static TypedQuery of(String text) {
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		Matcher quoted = PHRASE.matcher(text);
		StringBuilder rest = new StringBuilder();
		while (quoted.find()) {
			String phrase = NOT_A_LETTER.matcher(quoted.group(1)).replaceAll(" ").strip();
			if (phrase.contains(" ")) {
				phrases.add(phrase);
			}
			else if (!phrase.isEmpty()) {
				words.add(phrase);
			}
			quoted.appendReplacement(rest, " ");
		}
		quoted.appendTail(rest);
		for (String token : rest.toString().split("\\s+")) {
			List<String> target = token.startsWith("-") ? excluded : words;
			for (String word : NOT_A_LETTER.split(token)) {
				if (!word.isEmpty()) {
					target.add(word);
				}
			}
		}
		return new TypedQuery(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
	}

	/** How many concepts the search tries to cover: the phrases and the words. */
	int concepts() {
		return this.words.size() + this.phrases.size();
	}

}
