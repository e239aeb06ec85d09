package hu.gyakorlattar.practice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import hu.gyakorlattar.shared.HungarianFormats;
import org.jspecify.annotations.Nullable;

/**
 * Hungarian morphology from the Hunspell hu_HU dictionary (Magyar Ispell, shipped in
 * {@code practice/hunspell} with its licence): the roots of an inflected or derived word
 * ("foglalkoztatása" → "foglalkoztat", "foglalkozik") and the parts of a compound written
 * as one word ("idősellátásban" → "idős", "ellátás"). The dictionary loads once, on first
 * use (about 1.5 s); answers are cached, because the words of texts repeat.
 */
final class HungarianWords {

	/**
	 * A compound's parts are words of at least this many letters ("köz", "kis", "ház").
	 */
	static final int MIN_PART = 3;

	/** Verbal prefixes are not compound members: "felújítás" is not "fel" + "újítás". */
	private static final Set<String> PREVERBS = Set.of("meg", "fel", "föl", "ki", "be", "el", "le", "át", "rá", "szét",
			"össze", "vissza", "hozzá", "alá", "elő", "utána", "túl", "végig", "közre", "körül", "ellen", "haza", "oda",
			"ide", "mellé", "neki", "bele", "keresztül", "agyon", "újra", "tovább", "félre", "jóvá", "tönkre", "fenn",
			"fent", "benn", "bent", "lent", "létre", "részt", "szembe", "végre");

	/**
	 * Words the dictionary gives as the root of words that mean something else: "idős"
	 * (old, elderly) is "idő" (time) with a suffix, and a search for the elderly must not
	 * find a practice about booking a time slot. The stemmers still find "idő" in its own
	 * forms ("időben"); the OpenSearch analysis drops these from its Hunspell stems too.
	 */
	static final Set<String> NOT_A_ROOT = Set.of("idő");

	/** The caches are dropped when they hold this many words, so memory stays bounded. */
	private static final int CACHE_LIMIT = 100_000;

	private static final class Loaded {

		static final HungarianWords INSTANCE = load();

	}

	private final ThreadLocal<Hunspell> hunspell;

	private final Set<String> lemmas;

	private final Map<String, List<String>> roots = new ConcurrentHashMap<>();

	private final Map<String, List<String>> parts = new ConcurrentHashMap<>();

	private HungarianWords(Dictionary dictionary, Set<String> lemmas) {
		this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(dictionary));
		this.lemmas = lemmas;
	}

	static HungarianWords get() {
		return Loaded.INSTANCE;
	}

	/**
	 * The dictionary roots of a lower-case word, other than the word itself. A root
	 * shorter than half the word is left out: it is usually another word ("idő", time, in
	 * "idősek"); so are those {@link #NOT_A_ROOT} names.
	 */
	List<String> roots(String word) {
		return cached(this.roots, word, this::findRoots);
	}

	/**
	 * The parts of a compound, each as its dictionary word ("tanyagondnokok" → "tanya",
	 * "gondnok"); empty when the word is not a compound of dictionary words, or when the
	 * dictionary derives it from a root of its own ("települési" is not "telep" +
	 * "ülés").
	 */
	List<String> compoundParts(String word) {
		if (word.length() < 2 * MIN_PART || !roots(word).isEmpty()) {
			return List.of();
		}
		return cached(this.parts, word, (whole) -> split(whole, 2));
	}

	private List<String> findRoots(String word) {
		List<String> found = new ArrayList<>();
		for (String root : this.hunspell.get().getRoots(word)) {
			String clean = root.replace(":", "").toLowerCase(HungarianFormats.HUNGARIAN);
			if (!clean.equals(word) && 2 * clean.length() > word.length() && !found.contains(clean)
					&& !NOT_A_ROOT.contains(clean)) {
				found.add(clean);
			}
		}
		return List.copyOf(found);
	}

	/** The longest first part that leaves a word (or, once more, a compound) behind. */
	private List<String> split(String word, int partsLeft) {
		for (int head = word.length() - MIN_PART; head >= MIN_PART; head--) {
			String first = word.substring(0, head);
			if (!this.lemmas.contains(first) || PREVERBS.contains(first)) {
				continue;
			}
			String rest = word.substring(head);
			String last = lastPart(rest);
			if (last != null) {
				return List.of(first, last);
			}
			if (partsLeft > 1 && rest.length() >= 2 * MIN_PART) {
				List<String> more = split(rest, partsLeft - 1);
				if (!more.isEmpty()) {
					List<String> all = new ArrayList<>(more.size() + 1);
					all.add(first);
					all.addAll(more);
					return List.copyOf(all);
				}
			}
		}
		return List.of();
	}

	/**
	 * A compound's last part carries the inflection: a dictionary word as it stands, or
	 * inflected with a root of four letters or more ("kezet" is not the hand of
	 * "szövetkezet").
	 */
	private @Nullable String lastPart(String rest) {
		if (this.lemmas.contains(rest)) {
			return rest;
		}
		for (String root : roots(rest)) {
			if (root.length() > MIN_PART && this.lemmas.contains(root)) {
				return root;
			}
		}
		return null;
	}

	private static List<String> cached(Map<String, List<String>> cache, String word,
			Function<String, List<String>> compute) {
		List<String> known = cache.get(word);
		if (known == null) {
			known = compute.apply(word);
			if (cache.size() >= CACHE_LIMIT) {
				cache.clear();
			}
			cache.put(word, known);
		}
		return known;
	}

	private static HungarianWords load() {
		try (InputStream affix = resource("hu_HU.aff"); InputStream words = resource("hu_HU.dic")) {
			byte[] dic = words.readAllBytes();
			Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hu", affix,
					List.of(new java.io.ByteArrayInputStream(dic)), true);
			return new HungarianWords(dictionary, lemmas(new String(dic, StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("practice/hunspell/hu_HU.aff cannot be read", ex);
		}
	}

	/**
	 * The words a compound may be made of, as the OpenSearch analysis's decompounder
	 * reads them ({@link OpenSearchNodeFiles}): the dictionary's common words, verbal
	 * prefixes left out.
	 */
	static List<String> compoundWords() {
		try (InputStream words = resource("hu_HU.dic")) {
			return lemmas(new String(words.readAllBytes(), StandardCharsets.UTF_8)).stream()
				.filter((word) -> !PREVERBS.contains(word))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The dictionary's common words (lower case, letters only; names left out). */
	private static Set<String> lemmas(String dic) {
		Set<String> lemmas = new HashSet<>(100_000);
		for (String line : dic.split("\n")) {
			int end = 0;
			while (end < line.length() && Character.isLetter(line.charAt(end))) {
				end++;
			}
			String word = line.substring(0, end);
			if (word.length() >= MIN_PART && word.equals(word.toLowerCase(HungarianFormats.HUNGARIAN))) {
				lemmas.add(word);
			}
		}
		return Set.copyOf(lemmas);
	}

	static InputStream resource(String name) {
		InputStream in = HungarianWords.class.getResourceAsStream("/practice/hunspell/" + name);
		if (in == null) {
			throw new IllegalStateException("practice/hunspell/" + name + " is missing");
		}
		return in;
	}

}
