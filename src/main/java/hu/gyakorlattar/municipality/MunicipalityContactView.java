package hu.gyakorlattar.municipality;

import hu.gyakorlattar.shared.PersonName;

/**
 * A municipality's mayor and office contact, for writing to them (invitations). Personal
 * data: never to be shown on a public page.
 */
public record MunicipalityContactView(String kshCode, String municipalityName, PersonName mayorName, Gender gender,
		String email, String phone) {

	/** Message key of the salutation that opens a letter to this mayor. */
	public String salutationKey() {
		return this.gender.salutationKey();
	}

}
