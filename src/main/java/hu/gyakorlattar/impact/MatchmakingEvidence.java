package hu.gyakorlattar.impact;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.conference.ConferenceManagement;
import hu.gyakorlattar.conference.ConferenceView;
import hu.gyakorlattar.impact.Evidence.Adoption;
import hu.gyakorlattar.impact.Evidence.Candidate;
import hu.gyakorlattar.impact.Evidence.InterestSource;
import hu.gyakorlattar.impact.Evidence.Interests;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.practice.PublishedPractice;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.registration.RegistrationManagement;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.transfer.TransferLedger;
import hu.gyakorlattar.transfer.TransferStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the other modules know into {@link Evidence}. Themes are compared by their
 * Hungarian names, since each programme year has themes of its own: an application to
 * 2022's elderly-care call shows interest in 2021's elderly-care practices too.
 */
@Component
@Transactional(readOnly = true)
class MatchmakingEvidence {

	private final PracticeManagement practices;

	private final TransferLedger ledger;

	private final MunicipalityDirectory directory;

	private final ProgrammeManagement programme;

	private final SubmissionManagement submissions;

	private final CallManagement calls;

	private final RegistrationManagement registrations;

	private final ConferenceManagement conferences;

	MatchmakingEvidence(PracticeManagement practices, TransferLedger ledger, MunicipalityDirectory directory,
			ProgrammeManagement programme, SubmissionManagement submissions, CallManagement calls,
			RegistrationManagement registrations, ConferenceManagement conferences) {
		this.practices = practices;
		this.ledger = ledger;
		this.directory = directory;
		this.programme = programme;
		this.submissions = submissions;
		this.calls = calls;
		this.registrations = registrations;
		this.conferences = conferences;
	}

	/** Every published practice and every transfer of one. */
	Evidence gather() {
		Map<Long, String> themes = themeNames();
		Map<String, Optional<MunicipalitySummary>> municipalities = new HashMap<>();
		List<Candidate> candidates = this.practices.publishedPractices()
			.stream()
			.map((practice) -> new Candidate(practice, origins(practice, municipalities),
					practice.themeIds().stream().map(themes::get).filter(Objects::nonNull).collect(Collectors.toSet())))
			.toList();
		List<Adoption> adoptions = this.ledger.all()
			.stream()
			.flatMap((transfer) -> municipalities.computeIfAbsent(transfer.kshCode(), this.directory::find)
				.map((adopter) -> new Adoption(transfer.practiceId(), adopter,
						transfer.status() == TransferStatus.STOPPED))
				.stream())
			.toList();
		return new Evidence(candidates, adoptions);
	}

	/**
	 * The themes of the municipality's applications, then of its conference
	 * registrations.
	 */
	Interests interestsOf(String kshCode) {
		return interestsOf(List.of(kshCode)).get(kshCode);
	}

	/**
	 * The interests of each of the municipalities, reading the themes, calls and
	 * conferences once for all of them.
	 */
	Map<String, Interests> interestsOf(Collection<String> kshCodes) {
		Map<Long, String> themes = themeNames();
		Map<Long, Optional<String>> callThemes = new HashMap<>();
		Map<Long, Optional<String>> conferenceThemes = new HashMap<>();
		Map<String, Interests> all = new HashMap<>();
		for (String kshCode : kshCodes) {
			Map<String, InterestSource> interests = new LinkedHashMap<>();
			this.submissions.callsAppliedToBy(kshCode)
				.stream()
				.map((callId) -> callThemes.computeIfAbsent(callId,
						(id) -> this.calls.find(id).map(CallView::themeNameHu)))
				.flatMap(Optional::stream)
				.forEach((theme) -> interests.putIfAbsent(theme, InterestSource.APPLICATION));
			this.registrations.conferencesOf(kshCode)
				.stream()
				.map((conferenceId) -> conferenceThemes.computeIfAbsent(conferenceId,
						(id) -> this.conferences.find(id).map(ConferenceView::themeId).map(themes::get)))
				.flatMap(Optional::stream)
				.forEach((theme) -> interests.putIfAbsent(theme, InterestSource.REGISTRATION));
			all.put(kshCode, new Interests(interests));
		}
		return all;
	}

	private List<MunicipalitySummary> origins(PublishedPractice practice,
			Map<String, Optional<MunicipalitySummary>> municipalities) {
		return practice.ownerKshCodes()
			.stream()
			.map((kshCode) -> municipalities.computeIfAbsent(kshCode, this.directory::find))
			.flatMap(Optional::stream)
			.toList();
	}

	private Map<Long, String> themeNames() {
		return this.programme.allCycles()
			.stream()
			.flatMap((cycle) -> cycle.themes().stream())
			.collect(Collectors.toMap((theme) -> theme.id(), (theme) -> theme.name().hu()));
	}

}
