package hu.gyakorlattar.municipality;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import hu.gyakorlattar.shared.ApplicationTest;

/**
 * The one Spring context every municipality test shares (same annotations, so the test
 * framework caches it): the whole application on the test JVM's embedded PostgreSQL,
 * whose first start has imported the bundled gazetteer once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationTest
@interface MunicipalityIntegrationTest {

}
