package hu.gyakorlattar.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * The public conference pages as anonymous visitors get them, rendered once per language
 * and then served from memory with an ETag and a Last-Modified, so that neither a
 * conditional request nor a plain one touches the database while nothing changed.
 *
 * <p>
 * A page is dropped as soon as this instance changes its conference, agenda or people, or
 * hears that its published answers changed ({@link ConferenceGenerations}). What this
 * instance is not told of (registrations, which the {@code registration} module counts,
 * and edits made on another instance) shows within {@link #FRESHNESS}. A page never
 * outlives the moment its registration opens or closes or its conference ends, since it
 * reads differently from then on.
 *
 * <p>
 * When a page is only past its {@link #FRESHNESS} (nothing this instance knows of
 * changed), one visitor renders it anew while the others keep getting it as it was: under
 * load every visitor of that second used to wait for the one rendering (a convoy of
 * seconds at a few hundred visitors).
 */
@Component
class ConferencePageCache {

	/** How long a page is served without asking the database what it does not know. */
	static final Duration FRESHNESS = Duration.ofSeconds(1);

	private final Map<Key, Page> pages = new ConcurrentHashMap<>();

	/**
	 * One rendering of a page at a time; striped, so that requests for ids that do not
	 * exist cannot grow it.
	 */
	private final Object[] renderings = new Object[64];

	/** The pages being rendered anew while visitors still get them as they were. */
	private final Set<Key> renewing = ConcurrentHashMap.newKeySet();

	/** A page of an older generation of its conference is stale. */
	private final ConferenceGenerations generations;

	ConferencePageCache(ConferenceGenerations generations) {
		this.generations = generations;
		Arrays.setAll(this.renderings, (i) -> new Object());
	}

	/**
	 * The page, rendered by {@code render} at the given instant when it is not fresh.
	 * Visitors who come while it renders wait for it rather than render it again each.
	 */
	Page page(long conferenceId, Locale locale, Instant now, Function<Instant, Rendered> render) {
		Key key = new Key(conferenceId, locale.getLanguage());
		Page page = this.pages.get(key);
		long generation = this.generations.of(conferenceId);
		if (page != null && page.freshAt(now, generation)) {
			return page;
		}
		if (page != null && page.stillTrueAt(now, generation)) {
			if (!this.renewing.add(key)) {
				return page;
			}
			try {
				return renewed(key, now, render);
			}
			finally {
				this.renewing.remove(key);
			}
		}
		return renewed(key, now, render);
	}

	private Page renewed(Key key, Instant now, Function<Instant, Rendered> render) {
		synchronized (this.renderings[Math.floorMod(key.hashCode(), this.renderings.length)]) {
			Page page = this.pages.get(key);
			long generation = this.generations.of(key.conferenceId());
			if (page != null && page.freshAt(now, generation)) {
				return page;
			}
			Page fresh = Page.of(render.apply(now), now, generation, page);
			this.pages.put(key, fresh);
			return fresh;
		}
	}

	private record Key(long conferenceId, String language) {

	}

	/**
	 * A page as rendered: its HTML and when it will read differently by the clock alone
	 * (null: never).
	 */
	record Rendered(byte[] html, Instant changesAt) {

	}

	/**
	 * A page as served: its HTML, and the same compressed once for the browsers that
	 * accept gzip (compressing it for each visitor was a quarter of the page's CPU).
	 * {@code lastModified} moves (by a second at least, the precision of the header) only
	 * when the HTML changed, so a visitor's browser asking whether the page changed since
	 * it was modified never gets a 304 for a changed page.
	 */
	record Page(byte[] html, byte[] gzipped, String etag, Instant lastModified, Instant renderedAt, Instant freshUntil,
			Instant changesAt, long generation) {

		static Page of(Rendered rendered, Instant now, long generation, Page before) {
			// Weak: the same for the plain and the compressed bytes, which read alike.
			String etag = "W/\"" + DigestUtils.md5DigestAsHex(rendered.html()) + "\"";
			boolean unchanged = before != null && before.etag().equals(etag);
			Instant lastModified = now.truncatedTo(ChronoUnit.SECONDS);
			if (unchanged) {
				lastModified = before.lastModified();
			}
			else if (before != null && !lastModified.isAfter(before.lastModified())) {
				lastModified = before.lastModified().plusSeconds(1);
			}
			Instant freshUntil = now.plus(FRESHNESS);
			if (rendered.changesAt() != null && rendered.changesAt().isBefore(freshUntil)) {
				freshUntil = rendered.changesAt();
			}
			byte[] gzipped = unchanged ? before.gzipped() : gzipped(rendered.html());
			return new Page(rendered.html(), gzipped, etag, lastModified, now, freshUntil, rendered.changesAt(),
					generation);
		}

		private static byte[] gzipped(byte[] html) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(html.length / 4);
			try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
				gzip.write(html);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.toByteArray();
		}

		boolean freshAt(Instant now, long currentGeneration) {
			return this.generation == currentGeneration && !now.isBefore(this.renderedAt)
					&& now.isBefore(this.freshUntil);
		}

		/**
		 * Whether the page may still be shown while it is rendered anew: nothing this
		 * instance knows of changed, and the clock has not changed how it reads.
		 */
		boolean stillTrueAt(Instant now, long currentGeneration) {
			return this.generation == currentGeneration && !now.isBefore(this.renderedAt)
					&& (this.changesAt == null || now.isBefore(this.changesAt));
		}

	}

}
