package hu.gyakorlattar.registration;

import java.security.SecureRandom;
import java.util.Base64;

/** The secrets a registration hands out: its links' tokens and its certificate's code. */
final class RegistrationTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RegistrationTokens() {
	}

	/** A personal or join link's secret: 256 random bits. */
	static String newToken() {
		return randomText(32);
	}

	/**
	 * The code that verifies an attendance certificate: 144 random bits, short enough to
	 * type from paper.
	 */
	static String newCertificateCode() {
		return randomText(18);
	}

	private static String randomText(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

}
