package hu.gyakorlattar.practice;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets' passage scorer picks the sentence Lucene's own scorer would: the same
 * score, to the bit, for passages with repeated and distinct words, early and late in the
 * text.
 */
class FewTermsPassageScorerTests {

	@Test
	void scoresEveryPassageAsLucenesOwnScorerDoes() {
		PassageScorer lucene = new PassageScorer();
		PassageScorer ours = new Snippets.FewTermsPassageScorer();
		Passage[] passages = { passage(0, 120, "idős", 3, "klub", 1, "idős", 3, "nappali", 2, "idős", 3),
				passage(400, 480, "falugondnok", 7), passage(900, 1300, "busz", 2, "közös", 5, "busz", 2),
				passage(50, 60) };
		for (Passage passage : passages) {
			assertThat(Float.floatToIntBits(ours.score(passage, 2000)))
				.isEqualTo(Float.floatToIntBits(lucene.score(passage, 2000)));
		}
		assertThat(ours.score(passages[0], 2000)).isGreaterThan(ours.score(passages[3], 2000));
	}

	/**
	 * A passage at these offsets with these matches: a word, its frequency in the text.
	 */
	private static Passage passage(int start, int end, Object... matches) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(end);
		for (int i = 0; i < matches.length; i += 2) {
			int at = start + i * 5;
			passage.addMatch(at, at + 4, new BytesRef((String) matches[i]), (Integer) matches[i + 1]);
		}
		return passage;
	}

}
