package hu.gyakorlattar.registration;

import hu.gyakorlattar.municipality.MunicipalitySummary;

/**
 * A registrant's data after the checks: trimmed, the municipality resolved in the KSH
 * directory (or {@code null} for a guest of an organisation).
 */
record Registrant(String prefix, String familyName, String givenName, String email, String post,
		MunicipalitySummary municipality, String organisation, String phone, boolean listConsent,
		boolean followUpConsent) {

}
