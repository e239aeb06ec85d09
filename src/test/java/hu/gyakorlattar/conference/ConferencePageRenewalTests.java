package hu.gyakorlattar.conference;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page past its freshness is rendered anew by one visitor while the others get it as it
 * was, instead of all of them waiting for that rendering; a changed conference or a page
 * the clock changed is never served as it was.
 */
class ConferencePageRenewalTests {

	private static final Instant RENDERED = Instant.parse("2026-12-03T10:00:00Z");

	private static final Instant LATER = RENDERED.plus(ConferencePageCache.FRESHNESS).plusMillis(1);

	private final ConferenceGenerations generations = new ConferenceGenerations();

	private final ConferencePageCache cache = new ConferencePageCache(this.generations);

	@Test
	void visitorsGetThePageAsItWasWhileOneVisitorRendersItAnew() throws Exception {
		this.cache.page(7, Locale.ENGLISH, RENDERED, (now) -> rendered("old", null));
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<ConferencePageCache.Page> renewer = CompletableFuture
			.supplyAsync(() -> this.cache.page(7, Locale.ENGLISH, LATER, (now) -> {
				rendering.countDown();
				await(release);
				return rendered("new", null);
			}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

		ConferencePageCache.Page meanwhile = CompletableFuture
			.supplyAsync(() -> this.cache.page(7, Locale.ENGLISH, LATER, (now) -> rendered("twice", null)))
			.get(5, TimeUnit.SECONDS);
		assertThat(html(meanwhile)).isEqualTo("old");

		release.countDown();
		assertThat(html(renewer.get(5, TimeUnit.SECONDS))).isEqualTo("new");
		assertThat(html(this.cache.page(7, Locale.ENGLISH, LATER, (now) -> rendered("again", null)))).isEqualTo("new");
	}

	@Test
	void aChangedConferenceIsNeverServedAsItWas() {
		this.cache.page(8, Locale.ENGLISH, RENDERED, (now) -> rendered("old", null));
		this.generations.changed(8);
		assertThat(html(this.cache.page(8, Locale.ENGLISH, LATER, (now) -> rendered("edited", null))))
			.isEqualTo("edited");
	}

	@Test
	void aPageTheClockChangedIsNeverServedAsItWas() {
		// Registration closes right after the page was rendered.
		this.cache.page(9, Locale.ENGLISH, RENDERED, (now) -> rendered("open", RENDERED.plusMillis(500)));
		assertThat(html(this.cache.page(9, Locale.ENGLISH, LATER, (now) -> rendered("closed", null))))
			.isEqualTo("closed");
	}

	private static ConferencePageCache.Rendered rendered(String html, Instant changesAt) {
		return new ConferencePageCache.Rendered(html.getBytes(StandardCharsets.UTF_8), changesAt);
	}

	private static String html(ConferencePageCache.Page page) {
		return new String(page.html(), StandardCharsets.UTF_8);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
