package hu.gyakorlattar.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import hu.gyakorlattar.account.DemoAccounts;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.EvaluatedDemoCall;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.PersonName;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field of the demo year's evaluated call: a dozen applications of demo
 * municipalities to the closed 2021 municipal innovations call
 * ({@code submission/demo-applications.json}), one of them joint with a partner village,
 * each started by an applicant of its municipality and submitted within the call's dates
 * at the time the file gives (the application's own record, status history and
 * {@link SubmissionSubmitted} news, not the use case, which would refuse a call that is
 * over today and mail a confirmation). The applicants are made up, so no mail goes to
 * them. Written once, when the call has no applications; the evaluation's demo data then
 * evaluates them.
 */
@Component
@Order(50)
@ConditionalOnDemoData
class SubmissionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SubmissionDemoData.class);

	private final SubmissionRepository submissions;

	private final CallManagement calls;

	private final MunicipalityDirectory directory;

	private final DemoAccounts accounts;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	SubmissionDemoData(SubmissionRepository submissions, CallManagement calls, MunicipalityDirectory directory,
			DemoAccounts accounts, ApplicationEventPublisher events, JsonMapper json) {
		this.submissions = submissions;
		this.calls = calls;
		this.directory = directory;
		this.accounts = accounts;
		this.events = events;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<CallView> call = EvaluatedDemoCall.in(this.calls);
		if (call.isEmpty() || this.submissions.existsByCallId(call.get().id())) {
			return;
		}
		DemoField field = read();
		for (DemoApplication demo : field.applications()) {
			submit(call.get(), demo, field.declaration());
		}
		log.info("Demo data: {} applications to the {} call of {}", field.applications().size(),
				call.get().themeNameHu(), call.get().cycleYear());
	}

	private void submit(CallView call, DemoApplication demo, String declaration) {
		MunicipalitySummary municipality = municipality(demo.municipality());
		Instant submittedAt = LocalDateTime.parse(demo.submittedAt()).atZone(HungarianFormats.BUDAPEST).toInstant();
		if (!call.open(submittedAt)) {
			throw new IllegalStateException("A demo application must be submitted while the call is open: " + demo);
		}
		Instant startedAt = latest(call.opensAt(), submittedAt.minus(Duration.ofDays(12)));
		String applicant = demo.applicant().email();
		this.accounts.ensure(applicant, demo.applicant().name(), Role.APPLICANT, municipality.kshCode(),
				startedAt.minus(Duration.ofDays(2)));
		Map<SectionKind, String> texts = new EnumMap<>(SectionKind.class);
		demo.sections().forEach((kind, text) -> texts.put(kind, text.strip()));
		texts.put(SectionKind.DECLARATION, declaration.replace("{municipality}", municipality.name()));
		Submission submission = new Submission(call.id(), municipality.kshCode(), applicant, startedAt);
		submission.write(demo.title(), texts,
				demo.partners().stream().map((partner) -> municipality(partner).kshCode()).toList(), applicant,
				submittedAt.minus(Duration.ofHours(3)));
		submission.submit(applicant, submittedAt);
		this.submissions.saveAndFlush(submission);
		this.events
			.publishEvent(new SubmissionSubmitted(submission.getId(), call.id(), municipality.kshCode(), submittedAt));
	}

	private MunicipalitySummary municipality(String name) {
		return this.directory.search(name, 20)
			.stream()
			.filter((found) -> found.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No municipality in the directory named " + name));
	}

	private DemoField read() {
		try (InputStream in = new ClassPathResource("submission/demo-applications.json").getInputStream()) {
			return this.json.readValue(in, DemoField.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Instant latest(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}

	/** The file: the declaration every application makes, and the applications. */
	record DemoField(String declaration, List<DemoApplication> applications) {

	}

	/** One application as the file has it; partners and the municipality by name. */
	record DemoApplication(String municipality, List<String> partners, DemoApplicant applicant, String submittedAt,
			String title, Map<SectionKind, String> sections) {

	}

	/** The applicant who starts and submits the application. */
	record DemoApplicant(String prefix, String familyName, String givenName, String email) {

		PersonName name() {
			return new PersonName(this.prefix, this.familyName, this.givenName);
		}

	}

}
