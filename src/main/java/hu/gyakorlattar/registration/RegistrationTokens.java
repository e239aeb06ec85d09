package hu.gyakorlattar.registration;

import hu.gyakorlattar.shared.RandomTokens;

/** The secrets a registration hands out: its links' tokens and its certificate's code. */
final class RegistrationTokens {

	private RegistrationTokens() {
	}

	/** A personal or join link's secret: 256 random bits. */
	static String newToken() {
		return RandomTokens.ofBytes(32);
	}

	/**
	 * The code that verifies an attendance certificate: 144 random bits, short enough to
	 * type from paper.
	 */
	static String newCertificateCode() {
		return RandomTokens.ofBytes(18);
	}

}
