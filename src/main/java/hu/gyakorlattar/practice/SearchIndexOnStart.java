package hu.gyakorlattar.practice;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The search index is derived data: when it does not hold every practice (a new
 * installation's index directory, a lost or older index), it is rebuilt from the database
 * at start. Changes after that reach the index with each committed transaction.
 */
@Component
@Order(30)
class SearchIndexOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexOnStart.class);

	private final EntityManagerFactory entityManagerFactory;

	private final PracticeRepository practices;

	SearchIndexOnStart(EntityManagerFactory entityManagerFactory, PracticeRepository practices) {
		this.entityManagerFactory = entityManagerFactory;
		this.practices = practices;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long stored = this.practices.count();
		long indexed;
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			indexed = Search.session(entityManager)
				.search(Practice.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
		if (indexed != stored) {
			long started = System.nanoTime();
			Search.mapping(this.entityManagerFactory).scope(Practice.class).massIndexer().startAndWait();
			log.info("Search index rebuilt: {} practices in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
		}
	}

}
