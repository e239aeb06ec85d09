package hu.gyakorlattar.registration;

/**
 * The registration exists but has no attendance certificate: its owner did not join the
 * meeting, or the conference is not over yet.
 */
class NoCertificate extends RuntimeException {

	NoCertificate() {
		super("no certificate");
	}

}
