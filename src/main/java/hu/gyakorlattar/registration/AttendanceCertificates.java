package hu.gyakorlattar.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.shared.PdfDocuments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The attendance certificate (részvételi igazolás): a PDF for each registrant who entered
 * the meeting through their join page, once the conference is over, with a number and the
 * address that verifies it ({@code /igazolas/{code}}, the code being random and stored
 * with the registration). The verification outlives the retention time: an anonymised
 * registration's certificate is still known as issued, without the person's data.
 */
@Component
@Transactional(readOnly = true)
class AttendanceCertificates {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final RegistrationRepository registrations;

	private final ConferenceManagement conferences;

	private final PdfDocuments pdfs;

	private final Clock clock;

	AttendanceCertificates(RegistrationRepository registrations, ConferenceManagement conferences, PdfDocuments pdfs,
			Clock clock) {
		this.registrations = registrations;
		this.conferences = conferences;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	/**
	 * The certificate for the owner of a personal link.
	 * @throws NotFound for an unknown link
	 * @throws NoCertificate when they did not attend or the conference is not over
	 */
	byte[] forRegistrant(String personalToken, Locale locale) {
		Registration registration = this.registrations.findByPersonalToken(personalToken)
			.filter((r) -> r.getAnonymisedAt() == null)
			.orElseThrow(NotFound::new);
		return render(registration, locale);
	}

	/** The certificate of a registration, for the programme office; 404 when none. */
	byte[] forOffice(long conferenceId, long registrationId, Locale locale) {
		Registration registration = this.registrations.findById(registrationId)
			.filter((r) -> r.getConferenceId() == conferenceId && r.getAnonymisedAt() == null)
			.orElseThrow(NotFound::new);
		try {
			return render(registration, locale);
		}
		catch (NoCertificate ex) {
			throw new NotFound();
		}
	}

	/** What the verification page shows for a code, if it is a certificate's. */
	Optional<Verification> verify(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			return Optional.empty();
		}
		return this.registrations.findByCertificateCode(code)
			.filter((r) -> r.getFirstJoinedAt() != null)
			.flatMap((r) -> this.conferences.find(r.getConferenceId())
				.filter((conference) -> conference.over(this.clock.instant()))
				.map((conference) -> new Verification(number(r, conference), conference,
						(r.getAnonymisedAt() != null) ? null : RegistrationRow.of(r, List.of()), r.getAnonymisedAt())));
	}

	/**
	 * A verified certificate: the holder is {@code null} once retention removed their
	 * data.
	 */
	record Verification(String number, ConferenceView conference, @Nullable RegistrationRow holder,
			@Nullable Instant anonymisedAt) {

		public boolean anonymised() {
			return this.holder == null;
		}

	}

	private byte[] render(Registration registration, Locale locale) {
		ConferenceView conference = this.conferences.find(registration.getConferenceId()).orElseThrow(NotFound::new);
		if (registration.getFirstJoinedAt() == null || registration.getCertificateCode() == null
				|| !conference.over(this.clock.instant())) {
			throw new NoCertificate();
		}
		RegistrationRow holder = RegistrationRow.of(registration, List.of());
		Map<String, Object> model = new HashMap<>();
		model.put("holder", holder);
		model.put("conference", conference);
		model.put("number", number(registration, conference));
		model.put("code", registration.getCertificateCode());
		return this.pdfs.render("registration/certificate", model, locale);
	}

	/**
	 * The certificate's number: the programme year, the conference and the registration.
	 */
	static String number(Registration registration, ConferenceView conference) {
		return String.format(Locale.ROOT, "%d-%d-%06d", conference.cycleYear(), conference.id(), registration.getId());
	}

}
