package hu.gyakorlattar.practice;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysis of a practice's English version: Lucene's English analyzer (possessives,
 * lower case, stop words, Porter stems), so "elderly care" finds "care for the elderly".
 * Named {@value #ENGLISH} like OpenSearch's built-in analyzer of the same make-up, so the
 * mapping means the same on both backends.
 */
public class EnglishAnalysis implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
	}

}
