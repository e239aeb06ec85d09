package hu.gyakorlattar.practice;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's accent folding ({@link ASCIIFoldingFilter}: "ő" to "o", "ß" to "ss"), the same
 * terms at compiled speed. Lucene's folding is one switch too large for the JIT (over
 * HotSpot's 8,000-byte limit for a method), so it always runs interpreted: in the search
 * profile at 100,000 practices its own time was 2.6 % of a search with few matches,
 * mostly in marking the words found. It folds each character on its own, so a table of
 * what it makes of each character below {@link #TABLED} gives the same terms; the rarer
 * characters above still go through it.
 */
final class AccentFolding extends TokenFilter {

	/** Latin, Greek, Cyrillic and the other alphabets below the symbol blocks. */
	private static final char TABLED = '\u2500';

	/** What Lucene folds each character below {@link #TABLED} to, null where it stays. */
	private static final char[][] FOLDED = table();

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private char[] output = new char[64];

	AccentFolding(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		char[] buffer = this.term.buffer();
		int length = this.term.length();
		for (int i = 0; i < length; i++) {
			if (buffer[i] >= '\u0080') {
				this.output = ArrayUtil.grow(this.output, 4 * length);
				int folded = fold(buffer, length, this.output);
				this.term.copyBuffer(this.output, 0, folded);
				return true;
			}
		}
		return true;
	}

	/** The text folded as Lucene folds it. */
	static String fold(String text) {
		char[] input = text.toCharArray();
		char[] output = new char[4 * input.length];
		return new String(output, 0, fold(input, input.length, output));
	}

	/**
	 * Folds the first {@code length} characters of {@code input} into {@code output}
	 * (room for four per character, the most Lucene makes of one); returns how many it
	 * wrote.
	 */
	private static int fold(char[] input, int length, char[] output) {
		int written = 0;
		for (int i = 0; i < length; i++) {
			char c = input[i];
			if (c < '\u0080') {
				output[written++] = c;
			}
			else if (c < TABLED) {
				char[] folded = FOLDED[c];
				if (folded == null) {
					output[written++] = c;
				}
				else {
					System.arraycopy(folded, 0, output, written, folded.length);
					written += folded.length;
				}
			}
			else {
				written = ASCIIFoldingFilter.foldToASCII(input, i, output, written, 1);
			}
		}
		return written;
	}

	private static char[][] table() {
		char[][] table = new char[TABLED][];
		char[] one = new char[1];
		char[] folded = new char[4];
		for (char c = '\u0080'; c < TABLED; c++) {
			one[0] = c;
			int length = ASCIIFoldingFilter.foldToASCII(one, 0, folded, 0, 1);
			if (length != 1 || folded[0] != c) {
				table[c] = Arrays.copyOf(folded, length);
			}
		}
		return table;
	}

}
