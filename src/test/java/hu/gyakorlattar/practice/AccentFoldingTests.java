package hu.gyakorlattar.practice;

import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base's accent folding makes exactly the terms Lucene's own folding makes,
 * for every character, so an index built with either is searched alike.
 */
class AccentFoldingTests {

	@Test
	void everyCharacterFoldsAsLuceneFoldsIt() {
		for (int c = 0; c <= Character.MAX_VALUE; c++) {
			String text = "x" + (char) c + "y";
			assertThat(AccentFolding.fold(text)).as("U+%04X", c).isEqualTo(lucene(text));
		}
	}

	@Test
	void wordsWithAccentsLigaturesAndCharactersOutsideTheTableFoldAsLuceneFoldsThem() {
		String text = "Őrbottyán Hódmezővásárhely ÁRVÍZTŰRŐ tükörfúrógép Straße æsir ﬁnom ①② Ｆｕｌｌ 😀é ⒜";

		assertThat(terms(text, AccentFolding::new)).isEqualTo(terms(text, ASCIIFoldingFilter::new))
			.contains("Orbottyan", "ARVIZTURO", "tukorfurogep", "Strasse", "aesir", "finom", "Full");
	}

	@Test
	void aLongTokenAfterShortOnesIsFoldedWhole() {
		String text = "ő " + "ű".repeat(200);

		assertThat(terms(text, AccentFolding::new)).containsExactly("o", "u".repeat(200));
	}

	private static String lucene(String text) {
		char[] input = text.toCharArray();
		char[] output = new char[4 * input.length];
		return new String(output, 0, ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length));
	}

	/** The terms of a whitespace tokenizer followed by the folding. */
	private static List<String> terms(String text, Function<TokenStream, TokenStream> folding) {
		Analyzer chain = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new WhitespaceTokenizer();
				return new TokenStreamComponents(source, folding.apply(source));
			}
		};
		return SpellingSuggestions.terms(chain, text);
	}

}
