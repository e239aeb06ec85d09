package hu.gyakorlattar.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.shared.Viewer;
import hu.gyakorlattar.submission.SubmissionManagement;

import org.springframework.stereotype.Component;

/**
 * The municipalities a signed-in applicant acts for, as the office approved them (a clerk
 * of two villages acts for both); transfers are a municipality's, so only an applicant
 * account that acts for one starts, updates or answers them.
 */
@Component
class ApplicantMunicipalities {

	private final AccountManagement accounts;

	private final SubmissionManagement submissions;

	private final MunicipalityDirectory directory;

	ApplicantMunicipalities(AccountManagement accounts, SubmissionManagement submissions,
			MunicipalityDirectory directory) {
		this.accounts = accounts;
		this.submissions = submissions;
		this.directory = directory;
	}

	Optional<Acting> of(Viewer viewer) {
		if (viewer == null || !viewer.signedIn() || !viewer.has(Role.APPLICANT.name())) {
			return Optional.empty();
		}
		return this.accounts.findByEmail(viewer.name())
			.filter((account) -> account.role() == Role.APPLICANT)
			.map((account) -> new Acting(account,
					this.submissions.municipalitiesOf(account.email())
						.stream()
						.map(this.directory::find)
						.flatMap(Optional::stream)
						.toList()))
			.filter((acting) -> !acting.municipalities().isEmpty());
	}

	/** An applicant and the municipalities they act for, in the order of their names. */
	record Acting(AccountView account, List<MunicipalitySummary> municipalities) {

		List<String> kshCodes() {
			return this.municipalities.stream().map(MunicipalitySummary::kshCode).toList();
		}

		boolean actsFor(String kshCode) {
			return kshCodes().contains(kshCode);
		}

		/** Those of their municipalities that run the practice. */
		List<String> owning(PublishedPractice practice) {
			return kshCodes().stream().filter(practice::ownedBy).toList();
		}

		boolean several() {
			return this.municipalities.size() > 1;
		}

		/** The first of the given municipalities this applicant acts for. */
		Optional<String> firstOf(Collection<String> kshCodes) {
			return kshCodes().stream().filter(kshCodes::contains).findFirst();
		}

	}

}
