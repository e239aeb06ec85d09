package hu.gyakorlattar;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.aot.AotDetector;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.SpringProperties;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the AOT-processed start, as on the ordinary one with deferred repositories, a bean
 * that needs a repository starts without it and finds it on first use, so the start does
 * not wait for the entity manager factory built beside it.
 */
class DeferredRepositoriesOnAotStartTests {

	final AtomicInteger repositoriesCreated = new AtomicInteger();

	@AfterEach
	void ordinaryStartAgain() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, null);
	}

	@Test
	void onTheAotStartABeanFindsItsRepositoryOnFirstUse() {
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "true");
		try (GenericApplicationContext context = context()) {
			assertThat(this.repositoriesCreated).hasValue(0);
			assertThat(context.getBean(Reader.class).read()).isEqualTo("első jegyzet");
			assertThat(this.repositoriesCreated).hasValue(1);
		}
	}

	@Test
	void theOrdinaryStartIsLeftToSpringData() {
		try (GenericApplicationContext context = context()) {
			assertThat(this.repositoriesCreated).hasValue(1);
			assertThat(context.getBean(Reader.class).read()).isEqualTo("első jegyzet");
		}
	}

	private GenericApplicationContext context() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean(Notes.class, () -> {
			this.repositoriesCreated.incrementAndGet();
			return () -> "első jegyzet";
		}, (definition) -> definition.setLazyInit(true));
		context.registerBean(Reader.class);
		new DeferredRepositoriesOnAotStart().initialize(context);
		context.refresh();
		return context;
	}

	interface Notes extends Repository<Object, Long> {

		String first();

	}

	record Reader(Notes notes) {

		String read() {
			return this.notes.first();
		}

	}

}
