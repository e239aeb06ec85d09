package hu.gyakorlattar.shared;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search backend answers a query (the embedded Lucene index, or OpenSearch), within
 * two seconds. Part of readiness, not liveness: an instance without search should get no
 * traffic, but restarting it does not bring OpenSearch back. Counts every indexed type's
 * documents without loading any entity, so it needs no database connection.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

	private final EntityManagerFactory entityManagers;

	SearchHealth(EntityManagerFactory entityManagers) {
		this.entityManagers = entityManagers;
	}

	@Override
	public Health health() {
		SearchMapping mapping = Search.mapping(this.entityManagers);
		List<? extends Class<?>> indexed = mapping.allIndexedEntities()
			.stream()
			.map((entity) -> entity.javaClass())
			.toList();
		try (EntityManager entityManager = this.entityManagers.createEntityManager()) {
			long documents = Search.session(entityManager)
				.search(indexed)
				.where((f) -> f.matchAll())
				.failAfter(2, TimeUnit.SECONDS)
				.fetchTotalHitCount();
			return Health.up().withDetail("documents", documents).build();
		}
	}

}
