package hu.gyakorlattar.shared;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search backend answers a query (the embedded Lucene index, or OpenSearch), within
 * two seconds. Part of readiness, not liveness: an instance without search should get no
 * traffic, but restarting it does not bring OpenSearch back. Counts every indexed type's
 * documents without loading any entity, so it needs no database connection. Not asked
 * before the application takes traffic: the index may be being rebuilt then, and each
 * query would make the index writer flush what it holds into a small segment for the
 * merges to take up again.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

	private final EntityManagerFactory entityManagers;

	private final ApplicationAvailability availability;

	SearchHealth(EntityManagerFactory entityManagers, ApplicationAvailability availability) {
		this.entityManagers = entityManagers;
		this.availability = availability;
	}

	@Override
	public Health health() {
		if (this.availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return Health.unknown().withDetail("reason", "not taking traffic").build();
		}
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
