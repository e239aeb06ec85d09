package hu.gyakorlattar.account;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.PersonName;

/**
 * The rules a new password must pass: a length, and a strength estimate (zxcvbn) that
 * refuses what an attacker guesses early: common passwords, keyboard rows, dates,
 * repeats, the person's own name and address, and the words a Hungarian user of this site
 * reaches for first.
 */
final class PasswordStrength {

	static final int MIN_LENGTH = 12;

	/**
	 * bcrypt reads at most 72 bytes; a longer password would fail at hashing. An accented
	 * letter takes two bytes in UTF-8.
	 */
	static final int MAX_BYTES = 72;

	/**
	 * zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more, out of reach of
	 * an online attack even without the sign-in limits.
	 */
	private static final int MIN_SCORE = 3;

	/**
	 * zxcvbn's top score, "very unguessable" (10^10 guesses), for a password made only of
	 * known pieces (words of its dictionaries or the person's own, years, dates, keyboard
	 * rows): three of them together already reach the score above, since zxcvbn counts
	 * each piece as at least 50 guesses.
	 */
	private static final int WHOLLY_KNOWN_MIN_SCORE = 4;

	/**
	 * Words zxcvbn's English dictionaries lack but a guesser of this site tries first.
	 */
	private static final List<String> SITE_WORDS = List.of("jelszo", "jelszó", "jelszavam", "titok", "titkos",
			"gyakorlattar", "gyakorlattár", "onkormanyzat", "önkormányzat", "polgarmester", "polgármester", "jegyzo",
			"jegyző", "budapest", "magyar", "magyarorszag", "magyarország", "szeretlek", "belepes", "belépés", "qwertz",
			"qwertzuiop", "yxcvbnm", "asdfghjkl", "admin", "logy", "lögy", "toosz");

	private static final Zxcvbn estimator = new Zxcvbn();

	private PasswordStrength() {
	}

	/**
	 * Refuses the password with a message for the field unless it passes; the person's
	 * address and name count as easy guesses.
	 */
	static void check(String password, String email, PersonName name, String field) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new InvalidInput(field, "account.password.short", MIN_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new InvalidInput(field, "account.password.long", MAX_BYTES);
		}
		if (password.equalsIgnoreCase(email)) {
			throw new InvalidInput(field, "account.password.email");
		}
		List<String> guesses = easyGuesses(email, name);
		// "Kovács Éva 2026 Regéc" is as easy to guess as "kovacseva2026regec": neither
		// the
		// accents nor the spaces between guessable words add to the guessing
		String plain = withoutAccents(password);
		for (String form : List.of(password, plain, plain.replaceAll("[\\s.,;:!?_-]+", ""))) {
			Strength strength = estimator.measure(form, guesses);
			if (strength.getScore() < MIN_SCORE
					|| (strength.getScore() < WHOLLY_KNOWN_MIN_SCORE && whollyKnown(strength))) {
				throw new InvalidInput(field, "account.password.weak");
			}
		}
	}

	/**
	 * The site's words and the person's own: the address, its parts and the name, also
	 * run together and without accents, as people type them into passwords.
	 */
	private static List<String> easyGuesses(String email, PersonName name) {
		List<String> own = new ArrayList<>(List.of(email));
		int at = email.indexOf('@');
		if (at > 0) {
			String local = email.substring(0, at);
			own.addAll(List.of(local, local.replaceAll("[._+-]", ""), email.substring(at + 1)));
		}
		own.addAll(List.of(email.split("[@._+-]")));
		if (name != null && name.familyName() != null && name.givenName() != null) {
			String family = name.familyName().strip();
			String given = name.givenName().strip();
			own.addAll(
					List.of(family, given, family + given, given + family, family + " " + given, given + " " + family));
		}
		List<String> words = new ArrayList<>();
		for (String word : own) {
			String lower = word.toLowerCase(Locale.ROOT);
			words.add(lower);
			words.add(withoutAccents(lower));
		}
		words.addAll(SITE_WORDS);
		return words.stream().filter((word) -> !word.isBlank()).distinct().toList();
	}

	/** No part of the password had to be guessed character by character. */
	private static boolean whollyKnown(Strength strength) {
		return strength.getSequence().stream().noneMatch((match) -> match.pattern == Pattern.Bruteforce);
	}

	private static String withoutAccents(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
