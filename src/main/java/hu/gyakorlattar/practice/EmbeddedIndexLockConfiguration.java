package hu.gyakorlattar.practice;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded index on disk is locked to one instance before Hibernate Search opens it
 * (the lock is a dependency of the entity manager factory).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${" + SearchBackend.PROPERTY + ":lucene}' == 'lucene' and "
		+ "'${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}' != 'local-heap'")
class EmbeddedIndexLockConfiguration {

	@Bean
	EmbeddedIndexLock embeddedIndexLock(DataSource dataSource) {
		return new EmbeddedIndexLock(dataSource);
	}

	@Bean
	static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterEmbeddedIndexLock() {
		return new EntityManagerFactoryDependsOnPostProcessor("embeddedIndexLock");
	}

}
