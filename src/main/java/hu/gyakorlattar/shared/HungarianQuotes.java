package hu.gyakorlattar.shared;

import org.jspecify.annotations.Nullable;

/**
 * Quotation marks inside quotation marks, as Hungarian typography sets them: a sentence
 * that quotes a title („{0}”) whose own text quotes something reads „»Szomszédolás« –
 * közösségi programok”, not „„Szomszédolás” – közösségi programok”.
 */
public final class HungarianQuotes {

	private HungarianQuotes() {
	}

	/** The sentence with the quotation marks inside other ones turned into » and «. */
	public static @Nullable String nested(@Nullable String sentence) {
		if (sentence == null || sentence.indexOf('„') < 0) {
			return sentence;
		}
		StringBuilder set = new StringBuilder(sentence.length());
		int depth = 0;
		for (int i = 0; i < sentence.length(); i++) {
			char c = sentence.charAt(i);
			if (c == '„') {
				depth++;
				set.append((depth > 1) ? '»' : c);
			}
			else if (c == '”' && depth > 0) {
				set.append((depth > 1) ? '«' : c);
				depth--;
			}
			else {
				set.append(c);
			}
		}
		return set.toString();
	}

}
