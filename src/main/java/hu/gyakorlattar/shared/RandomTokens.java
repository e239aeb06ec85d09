package hu.gyakorlattar.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets the links carry (an account's, a registration's, an unsubscribe or a
 * check-in link): random bytes from one {@link SecureRandom}, written URL-safe without
 * padding so they stand in a link as they are.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	/** This many random bytes, as about 4/3 as many URL-safe characters. */
	public static String ofBytes(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
