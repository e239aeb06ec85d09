package hu.gyakorlattar.practice;

import java.util.TreeMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * OpenSearch's words, asked for: a count of the practices with any of the terms, and
 * OpenSearch's term suggester for the words near a typed one.
 */
final class OpenSearchIndexedWords implements IndexedWords {

	private static final int CANDIDATES = 50;

	private final EntityManager entityManager;

	OpenSearchIndexedWords(EntityManagerFactory entityManagerFactory) {
		this.entityManager = entityManagerFactory.createEntityManager();
	}

	@Override
	public boolean anyIn(String[] fields, List<String> terms) {
		if (terms.isEmpty()) {
			return false;
		}
		return session().search(Practice.class).where((f) -> f.bool((any) -> {
			for (String field : fields) {
				any.should(f.terms().field(field).matchingAny(terms));
			}
		})).fetchTotalHitCount() > 0;
	}

	@Override
	public Map<String, Integer> near(String field, String word) {
		JsonObject term = new JsonObject();
		term.addProperty("field", field);
		term.addProperty("max_edits", 2);
		term.addProperty("prefix_length", 1);
		term.addProperty("min_word_length", 1);
		term.addProperty("suggest_mode", "always");
		term.addProperty("size", CANDIDATES);
		JsonObject near = new JsonObject();
		near.addProperty("text", word);
		near.add("term", term);
		JsonObject suggest = new JsonObject();
		suggest.add("near", near);
		ElasticsearchSearchResult<Long> result = session().search(Practice.class)
			.extension(ElasticsearchExtension.get())
			.select((f) -> f.id(Long.class))
			.where((f) -> f.not(f.matchAll()))
			.requestTransformer((request) -> request.body().add("suggest", suggest))
			.fetch(0);
		Map<String, Integer> found = new TreeMap<>();
		JsonObject suggestions = result.responseBody().getAsJsonObject("suggest");
		if (suggestions != null) {
			for (JsonElement entry : suggestions.getAsJsonArray("near")) {
				JsonArray options = entry.getAsJsonObject().getAsJsonArray("options");
				for (JsonElement option : options) {
					JsonObject candidate = option.getAsJsonObject();
					found.put(candidate.get("text").getAsString(), candidate.get("freq").getAsInt());
				}
			}
		}
		return found;
	}

	private SearchSession session() {
		return Search.session(this.entityManager);
	}

	@Override
	public void close() {
		this.entityManager.close();
	}

}
