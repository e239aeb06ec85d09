package hu.gyakorlattar.practice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index is derived data: when it does not hold every published practice as the
 * database has it (a new installation's index, a lost or older index, an edit it missed,
 * entries written by an older {@link PracticeIndexMapping}), it is rebuilt from the
 * database at start. Each practice's version is compared, not only the counts, so an
 * index entry older than its row is found. Changes after that reach the index with each
 * committed transaction.
 */
@Component
@Order(30)
class SearchIndexOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexOnStart.class);

	private static final int CHUNK = 1000;

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexOnStart(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		rebuildIfStale(PracticeIndexMapping.VERSION);
	}

	/**
	 * Rebuilds the index when an entry is missing, older than its row or written by
	 * another mapping than the current one; returns how many practices were stale.
	 */
	long rebuildIfStale(int mapping) throws InterruptedException {
		Map<Long, Integer> stored;
		Map<Long, Integer> indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			stored = stored(entityManager);
			indexed = indexed(entityManager, mapping);
		}
		if (indexed.equals(stored)) {
			return 0;
		}
		long stale = stored.entrySet()
			.stream()
			.filter((practice) -> !practice.getValue().equals(indexed.get(practice.getKey())))
			.count();
		long started = System.nanoTime();
		// One segment: a search looks each of its terms up once per segment, and the
		// Hungarian query's stems, word starts and thesaurus terms are dozens of terms.
		// Edits later add small segments, which the index's own merges keep few.
		Search.mapping(this.entityManagerFactory)
			.scope(Practice.class)
			.massIndexer()
			.mergeSegmentsOnFinish(true)
			.startAndWait();
		log.info("Search index rebuilt ({} of {} practices missing or stale): {} ms", stale, stored.size(),
				(System.nanoTime() - started) / 1_000_000);
		return stale;
	}

	/** The versions of the published practices: drafts are not indexed. */
	private static Map<Long, Integer> stored(EntityManager entityManager) {
		Map<Long, Integer> versions = new HashMap<>();
		entityManager
			.createQuery("select p.id, p.version from Practice p where p.publication.status = :published",
					Object[].class)
			.setParameter("published", Practice.Status.PUBLISHED)
			.getResultStream()
			.forEach((row) -> versions.put((Long) row[0], (Integer) row[1]));
		return versions;
	}

	/** The versions of the practices indexed by this mapping: others count as missing. */
	private static Map<Long, Integer> indexed(EntityManager entityManager, int mapping) {
		Map<Long, Integer> versions = new HashMap<>();
		try (SearchScroll<List<?>> scroll = Search.session(entityManager)
			.search(Practice.class)
			.select((f) -> f.composite()
				.from(f.id(Long.class), f.field("version", Integer.class),
						f.field(PracticeIndexMapping.VERSION_FIELD, Integer.class))
				.asList())
			.where((f) -> f.matchAll())
			.scroll(CHUNK)) {
			for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
				chunk.hits()
					.stream()
					.filter((hit) -> Integer.valueOf(mapping).equals(hit.get(2)))
					.forEach((hit) -> versions.put((Long) hit.get(0), (Integer) hit.get(1)));
			}
		}
		return versions;
	}

}
