package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
	void wordsWithAccentsLigaturesAndCharactersOutsideTheTableFoldAsLuceneFoldsThem() throws IOException {
		String text = "Őrbottyán Hódmezővásárhely ÁRVÍZTŰRŐ tükörfúrógép Straße æsir ﬁnom ①② Ｆｕｌｌ 😀é ⒜";

		assertThat(terms(text, AccentFolding::new)).isEqualTo(terms(text, ASCIIFoldingFilter::new))
			.contains("Orbottyan", "ARVIZTURO", "tukorfurogep", "Strasse", "aesir", "finom", "Full");
	}

	@Test
	void aLongTokenAfterShortOnesIsFoldedWhole() throws IOException {
		String text = "ő " + "ű".repeat(200);

		assertThat(terms(text, AccentFolding::new)).containsExactly("o", "u".repeat(200));
	}

	private static String lucene(String text) {
		char[] input = text.toCharArray();
		char[] output = new char[4 * input.length];
		return new String(output, 0, ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, input.length));
	}

	private static List<String> terms(String text, Function<TokenStream, TokenStream> folding) throws IOException {
		WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
		tokenizer.setReader(new StringReader(text));
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = folding.apply(tokenizer)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

}
