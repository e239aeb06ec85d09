package hu.gyakorlattar.transfer;

import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.shared.Viewer;

import org.springframework.stereotype.Component;

/**
 * The municipality a signed-in applicant acts for; transfers are a municipality's, so
 * only an applicant account that belongs to one starts, updates or answers them.
 */
@Component
class ApplicantMunicipality {

	private final AccountManagement accounts;

	ApplicantMunicipality(AccountManagement accounts) {
		this.accounts = accounts;
	}

	Optional<AccountView> of(Viewer viewer) {
		if (viewer == null || !viewer.signedIn() || !viewer.has(Role.APPLICANT.name())) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(viewer.name())
			.filter((account) -> account.role() == Role.APPLICANT && account.municipalityKshCode() != null);
	}

}
