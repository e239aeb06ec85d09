package hu.gyakorlattar.practice;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link EnglishAnalysis} for OpenSearch: the text side is OpenSearch's built-in
 * {@value EnglishAnalysis#ENGLISH} analyzer; the query side is the same chain of stock
 * filters (possessives, lower case, stop words, Porter stems) with the programme's
 * English synonyms before the stems, as on the embedded index.
 */
public class EnglishOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter("en_possessive").type("stemmer").param("language", "possessive_english");
		context.tokenFilter("en_stop").type("stop").param("stopwords", "_english_");
		context.tokenFilter("en_synonyms")
			.type("synonym_graph")
			.param("synonyms", EnglishAnalysis.synonymRules().toArray(String[]::new));
		context.tokenFilter("en_stems").type("stemmer").param("language", "english");
		context.analyzer(EnglishAnalysis.QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("en_possessive", "lowercase", "en_stop", "en_synonyms", "en_stems");
	}

}
