package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.SectionKind;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.call.CriterionView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.practice.PracticeDraft;
import hu.gyakorlattar.practice.PracticeManagement;
import hu.gyakorlattar.programme.Cycle;
import hu.gyakorlattar.programme.ProgrammeManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;
import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionStatus;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation's use cases: the committee moves applications through the stages (every
 * move in the audit log, a step back only by an admin with a reason), the office keeps
 * the panel of evaluators and assigns them (automatically and balanced, or by hand, never
 * against a conflict of interest), evaluators score, and the committee reads the tally,
 * visits, and decides.
 */
@Service
@Transactional
public class EvaluationManagement {

	private final EvaluationCaseRepository cases;

	private final EvaluatorRepository evaluators;

	private final AssignmentRepository assignments;

	private final ConflictRepository conflicts;

	private final SiteVisitRepository visits;

	private final SubmissionManagement submissions;

	private final CallManagement calls;

	private final ProgrammeManagement programme;

	private final MunicipalityDirectory directory;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final PracticeManagement practices;

	private final Clock clock;

	private final String baseUrl;

	private final double spreadThreshold;

	private final boolean countyConflicts;

	EvaluationManagement(EvaluationCaseRepository cases, EvaluatorRepository evaluators,
			AssignmentRepository assignments, ConflictRepository conflicts, SiteVisitRepository visits,
			SubmissionManagement submissions, CallManagement calls, ProgrammeManagement programme,
			MunicipalityDirectory directory, AccountManagement accounts, MailOutbox outbox,
			PracticeManagement practices, Clock clock, @Value("${gyakorlattar.base-url}") String baseUrl,
			@Value("${gyakorlattar.evaluation.spread-threshold:1.0}") double spreadThreshold,
			@Value("${gyakorlattar.evaluation.county-conflicts:false}") boolean countyConflicts) {
		this.cases = cases;
		this.evaluators = evaluators;
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.visits = visits;
		this.submissions = submissions;
		this.calls = calls;
		this.programme = programme;
		this.directory = directory;
		this.accounts = accounts;
		this.outbox = outbox;
		this.practices = practices;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.spreadThreshold = spreadThreshold;
		this.countyConflicts = countyConflicts;
	}

	// Reading

	/** Every published call, newest cycle first: what there is to evaluate. */
	@Transactional(readOnly = true)
	List<CallView> calls() {
		return this.programme.allCycles()
			.stream()
			.map(Cycle::getYear)
			.sorted(Comparator.reverseOrder())
			.flatMap((year) -> this.calls.published(year).stream())
			.toList();
	}

	@Transactional(readOnly = true)
	CallView call(long callId) {
		return this.calls.find(callId).orElseThrow(NotFound::new);
	}

	/** The call's submitted applications with their stage, in the order they came. */
	@Transactional(readOnly = true)
	List<EvaluationView> evaluations(long callId) {
		Map<Long, EvaluationCase> known = this.cases.findByCallId(callId)
			.stream()
			.collect(Collectors.toMap(EvaluationCase::getSubmissionId, Function.identity()));
		return this.submissions.submittedTo(callId)
			.stream()
			.map((submission) -> view(submission, Optional.ofNullable(known.get(submission.id()))))
			.toList();
	}

	@Transactional(readOnly = true)
	EvaluationView evaluation(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return view(submission, this.cases.findById(submissionId));
	}

	@Transactional(readOnly = true)
	Tally tally(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return Tally.of(call(submission.callId()), this.assignments.findBySubmissionIdOrderById(submissionId),
				this.spreadThreshold);
	}

	/**
	 * The theme's ranking: every application past the formal check by its mean score,
	 * unscored ones last.
	 */
	@Transactional(readOnly = true)
	List<Ranked> ranking(long callId) {
		CallView call = call(callId);
		List<EvaluationView> evaluations = evaluations(callId).stream()
			.filter((evaluation) -> evaluation.stage() != Stage.FORMAL_CHECK && evaluation.stage() != Stage.REJECTED)
			.toList();
		Map<Long, List<Assignment>> bySubmission = this.assignments
			.findBySubmissionIdIn(evaluations.stream().map(EvaluationView::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Assignment::getSubmissionId));
		List<Ranked> rows = new ArrayList<>();
		for (EvaluationView evaluation : evaluations) {
			rows.add(new Ranked(0, evaluation,
					Tally.of(call, bySubmission.getOrDefault(evaluation.id(), List.of()), this.spreadThreshold)));
		}
		rows.sort(Comparator.comparing((Ranked row) -> row.tally().mean(),
				Comparator.nullsLast(Comparator.reverseOrder())));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ranked.add(new Ranked(i + 1, rows.get(i).evaluation(), rows.get(i).tally()));
		}
		return ranked;
	}

	@Transactional(readOnly = true)
	List<SiteVisitView> siteVisits(long submissionId) {
		return this.visits.findBySubmissionIdOrderByVisitedOnAscIdAsc(submissionId)
			.stream()
			.map((visit) -> new SiteVisitView(visit.getMode(), visit.getVisitedOn(), visit.getReport(),
					visit.getRecordedBy()))
			.toList();
	}

	@Transactional(readOnly = true)
	String municipalityName(String kshCode) {
		return this.directory.find(kshCode).map(MunicipalitySummary::name).orElse(kshCode);
	}

	// Stages

	/** The application is complete and eligible: on to the written evaluation. */
	void accept(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = locked(submissionId);
		requireStage(evaluation, Stage.FORMAL_CHECK);
		this.submissions.moveTo(submissionId, SubmissionStatus.FORMALLY_ACCEPTED, who, form.cleanReason());
		move(evaluation, Stage.WRITTEN_EVALUATION, who, form.cleanReason());
	}

	/** The application fails the formal check; the applicant is told why. */
	void reject(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = locked(submissionId);
		requireStage(evaluation, Stage.FORMAL_CHECK);
		move(evaluation, Stage.REJECTED, who, requireReason(form));
	}

	/** Shortlisted for a site visit. */
	void shortlist(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = locked(submissionId);
		requireStage(evaluation, Stage.WRITTEN_EVALUATION);
		move(evaluation, Stage.SITE_VISIT, who, form.cleanReason());
	}

	void recordSiteVisit(long submissionId, String who, SiteVisitForm form) {
		EvaluationCase evaluation = locked(submissionId);
		requireStage(evaluation, Stage.SITE_VISIT);
		this.visits.save(new SiteVisit(submissionId, form.mode(), form.visitedOn(), form.report().strip(), who,
				this.clock.instant()));
	}

	/** Invited to the presentation final, once the visit is on record. */
	void invite(long submissionId, String who, ReasonForm form) {
		EvaluationCase evaluation = locked(submissionId);
		requireStage(evaluation, Stage.SITE_VISIT);
		if (this.visits.findBySubmissionIdOrderByVisitedOnAscIdAsc(submissionId).isEmpty()) {
			throw new InvalidInput(null, "evaluation.final.noVisit");
		}
		move(evaluation, Stage.FINAL, who, form.cleanReason());
	}

	/**
	 * The committee's result with its justification; the applicant learns it when the
	 * results are published.
	 */
	void decide(long submissionId, String who, DecisionForm form) {
		EvaluationCase evaluation = locked(submissionId);
		if (!evaluation.getStage().decidable()) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
		evaluation.decide(form.result(), form.justification().strip(), who, this.clock.instant());
	}

	/**
	 * An admin takes the last move back, saying why; published results stay as the
	 * applicants read them.
	 */
	void stepBack(long submissionId, String who, ReasonForm form) {
		String reason = requireReason(form);
		EvaluationCase evaluation = locked(submissionId);
		if (!evaluation.hasMoved()) {
			throw new InvalidInput(null, "evaluation.stepBack.nothing");
		}
		if (evaluation.getPublishedAt() != null) {
			throw new InvalidInput(null, "evaluation.stepBack.published");
		}
		Stage to = evaluation.stepBack(who, this.clock.instant(), reason);
		showStatus(submissionId, to, who, reason);
	}

	// Results

	/**
	 * Publishes the call's results once every application is decided (or failed the
	 * formal check): each applicant sees the result on the application's page and gets
	 * the written feedback per criterion by mail. Returns how many were published;
	 * applications published before are left alone.
	 */
	int publish(long callId, String who) {
		List<EvaluationView> all = evaluations(callId);
		boolean undecided = all.stream()
			.anyMatch((evaluation) -> evaluation.stage() != Stage.DECIDED && evaluation.stage() != Stage.REJECTED);
		if (all.isEmpty()) {
			throw new InvalidInput(null, "evaluation.publish.nothing");
		}
		if (undecided) {
			throw new InvalidInput(null, "evaluation.publish.undecided");
		}
		Instant now = this.clock.instant();
		int published = 0;
		for (EvaluationView evaluation : all) {
			if (evaluation.publishedAt() != null) {
				continue;
			}
			EvaluationCase locked = locked(evaluation.id());
			if (locked.getResult() != null) {
				this.submissions.moveTo(evaluation.id(), locked.getResult().status(), who, locked.getJustification());
			}
			locked.published(now);
			Feedback feedback = feedbackOf(evaluation.id());
			this.outbox.queue(new OutgoingMail(evaluation.submission().submittedBy(), HungarianFormats.HUNGARIAN,
					"evaluation/feedback", Map.of("feedback", feedback, "link",
							this.baseUrl + "/fiok/palyazatok/" + evaluation.id() + "/ertekeles")));
			published++;
		}
		if (published == 0) {
			throw new InvalidInput(null, "evaluation.publish.already");
		}
		return published;
	}

	/**
	 * The published feedback on the application, for an applicant of its municipality;
	 * anything else is not found.
	 */
	@Transactional(readOnly = true)
	Feedback feedbackFor(String applicant, long submissionId) {
		this.submissions.findForApplicant(applicant, submissionId).orElseThrow(NotFound::new);
		Feedback feedback = feedbackOf(submissionId);
		if (feedback.evaluation().publishedAt() == null) {
			throw new NotFound();
		}
		return feedback;
	}

	private Feedback feedbackOf(long submissionId) {
		EvaluationView evaluation = evaluation(submissionId);
		CallView call = call(evaluation.submission().callId());
		Tally tally = tally(submissionId);
		List<Feedback.Line> lines = new ArrayList<>();
		if (evaluation.stage() != Stage.REJECTED) {
			for (CriterionView criterion : call.criteria()) {
				lines.add(new Feedback.Line(criterion.kind(), tally.byCriterion().get(criterion.kind()),
						tally.sheets()
							.stream()
							.map((sheet) -> sheet.scores().get(criterion.kind()))
							.filter((score) -> score != null && !score.comment().isEmpty())
							.map(Assignment.Score::comment)
							.toList()));
			}
		}
		String reason = (evaluation.stage() == Stage.REJECTED) ? evaluation.moves()
			.stream()
			.filter((move) -> move.to() == Stage.REJECTED)
			.reduce((first, second) -> second)
			.map(EvaluationView.Move::reason)
			.orElse("") : evaluation.justification();
		return new Feedback(evaluation, call, reason, tally.mean(), lines);
	}

	/**
	 * A winner or good practice becomes a draft in the knowledge base, with the
	 * application's texts; each side keeps the other's id. Returns the practice's id.
	 */
	long makePractice(long submissionId, String who) {
		EvaluationCase evaluation = locked(submissionId);
		if (evaluation.getResult() == null || !evaluation.getResult().practiceWorthy()) {
			throw new InvalidInput(null, "evaluation.practice.notWorthy");
		}
		if (evaluation.getPracticeId() != null) {
			throw new InvalidInput(null, "evaluation.practice.exists");
		}
		SubmissionView submission = submitted(submissionId);
		CallView call = call(submission.callId());
		long practiceId = this.practices
			.draftFrom(new PracticeDraft(submissionId, submission.title(), submission.section(SectionKind.SUMMARY),
					submission.section(SectionKind.PROBLEM), submission.section(SectionKind.GOALS),
					submission.section(SectionKind.IMPLEMENTATION), submission.section(SectionKind.PARTNERS),
					submission.section(SectionKind.RESOURCES), submission.section(SectionKind.RESULTS),
					submission.section(SectionKind.INNOVATION), submission.section(SectionKind.SUSTAINABILITY),
					submission.section(SectionKind.TRANSFERABILITY), submission.kshCode(), call.cycleYear(),
					call.themeId(), evaluation.getResult().awardLevel(), submission.submittedBy()), who);
		evaluation.becamePractice(practiceId);
		return practiceId;
	}

	// The panel and the assignments

	@Transactional(readOnly = true)
	List<EvaluatorView> evaluators() {
		Map<String, Long> load = this.assignments.findAll()
			.stream()
			.collect(Collectors.groupingBy(Assignment::getEvaluator, Collectors.counting()));
		return this.evaluators.findAllByOrderByEmail()
			.stream()
			.map((evaluator) -> new EvaluatorView(evaluator.getEmail(), evaluator.getHomeKshCode(),
					(evaluator.getHomeKshCode() != null) ? municipalityName(evaluator.getHomeKshCode()) : "",
					load.getOrDefault(evaluator.getEmail(), 0L)))
			.toList();
	}

	/** Adds an evaluator account to the panel, or changes their home municipality. */
	void enlist(EvaluatorForm form) {
		String email = form.cleanEmail();
		if (this.accounts.findByEmail(email).filter((account) -> account.role() == Role.EVALUATOR).isEmpty()) {
			throw new InvalidInput("email", "evaluation.evaluator.unknown");
		}
		String kshCode = form.cleanKshCode();
		if (kshCode != null && this.directory.find(kshCode).isEmpty()) {
			throw new InvalidInput("homeKshCode", "evaluation.evaluator.municipalityUnknown");
		}
		this.evaluators.findById(email)
			.ifPresentOrElse((evaluator) -> evaluator.livesIn(kshCode),
					() -> this.evaluators.save(new Evaluator(email, kshCode, this.clock.instant())));
	}

	/** Who is assigned to each application of the call, and whose conflicts show. */
	@Transactional(readOnly = true)
	List<AssignmentRow> assignments(long callId) {
		List<EvaluationView> evaluations = evaluations(callId);
		List<Long> ids = evaluations.stream().map(EvaluationView::id).toList();
		Map<Long, List<Assignment>> assigned = this.assignments.findBySubmissionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(Assignment::getSubmissionId));
		Map<Long, List<Conflict>> declared = this.conflicts.findBySubmissionIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(Conflict::getSubmissionId));
		List<Evaluator> panel = this.evaluators.findAllByOrderByEmail();
		List<AssignmentRow> rows = new ArrayList<>();
		for (EvaluationView evaluation : evaluations) {
			List<String> flagged = panel.stream()
				.filter((evaluator) -> obviousConflict(evaluator, evaluation.submission().kshCode()))
				.map(Evaluator::getEmail)
				.toList();
			rows.add(new AssignmentRow(evaluation, assigned.getOrDefault(evaluation.id(), List.of())
				.stream()
				.map((assignment) -> new AssignmentRow.Assigned(assignment.getEvaluator(), assignment.isSubmitted()))
				.toList(),
					declared.getOrDefault(evaluation.id(), List.of())
						.stream()
						.map((conflict) -> new AssignmentRow.Declared(conflict.getEvaluator(), conflict.getNote()))
						.toList(),
					flagged));
		}
		return rows;
	}

	/**
	 * Gives every application of the call in the written evaluation as many evaluators as
	 * asked: nobody with a conflict, the least loaded first (load counts every call), so
	 * the work spreads evenly. Returns how many evaluators are still missing when the
	 * panel is too small.
	 */
	int assignAutomatically(long callId, int perApplication, String who) {
		List<EvaluationView> open = evaluations(callId).stream()
			.filter((evaluation) -> evaluation.stage() == Stage.WRITTEN_EVALUATION)
			.toList();
		if (open.isEmpty()) {
			throw new InvalidInput("perApplication", "evaluation.assign.nothing");
		}
		List<Evaluator> panel = this.evaluators.findAllByOrderByEmail();
		Map<String, Long> load = new HashMap<>();
		panel.forEach((evaluator) -> load.put(evaluator.getEmail(), 0L));
		this.assignments.findAll()
			.forEach((assignment) -> load.computeIfPresent(assignment.getEvaluator(), (email, count) -> count + 1));
		int missing = 0;
		for (EvaluationView evaluation : open) {
			Set<String> already = this.assignments.findBySubmissionIdOrderById(evaluation.id())
				.stream()
				.map(Assignment::getEvaluator)
				.collect(Collectors.toSet());
			int needed = perApplication - already.size();
			List<Evaluator> candidates = panel.stream()
				.filter((evaluator) -> !already.contains(evaluator.getEmail()))
				.filter((evaluator) -> !conflicted(evaluator, evaluation.submission()))
				.sorted(Comparator.comparing((Evaluator evaluator) -> load.get(evaluator.getEmail()))
					.thenComparing(Evaluator::getEmail))
				.toList();
			for (Evaluator evaluator : candidates.subList(0, Math.max(0, Math.min(needed, candidates.size())))) {
				this.assignments.save(new Assignment(evaluation.id(), evaluator.getEmail(), who, this.clock.instant()));
				load.merge(evaluator.getEmail(), 1L, Long::sum);
			}
			missing += Math.max(0, needed - candidates.size());
		}
		return missing;
	}

	/** The admin's hand adjustment: one more evaluator for an application. */
	void assign(long callId, AssignmentForm form, String who) {
		SubmissionView submission = submitted(form.applicationId());
		if (submission.callId() != callId) {
			throw new InvalidInput("applicationId", "evaluation.assign.unknownApplication");
		}
		Evaluator evaluator = this.evaluators.findById(form.evaluator())
			.orElseThrow(() -> new InvalidInput("evaluator", "evaluation.assign.unknownEvaluator"));
		if (!stageOf(submission.id()).scorable()) {
			throw new InvalidInput("applicationId", "evaluation.assign.notInEvaluation");
		}
		if (conflicted(evaluator, submission)) {
			throw new InvalidInput("evaluator", "evaluation.assign.conflict");
		}
		if (this.assignments.findBySubmissionIdAndEvaluator(submission.id(), evaluator.getEmail()).isPresent()) {
			throw new InvalidInput("evaluator", "evaluation.assign.already");
		}
		this.assignments.save(new Assignment(submission.id(), evaluator.getEmail(), who, this.clock.instant()));
	}

	/** Takes an application back from an evaluator who has not submitted yet. */
	void unassign(long submissionId, String evaluator) {
		Assignment assignment = this.assignments.findBySubmissionIdAndEvaluator(submissionId, evaluator)
			.orElseThrow(NotFound::new);
		if (assignment.isSubmitted()) {
			throw new InvalidInput(null, "evaluation.unassign.submitted");
		}
		this.assignments.delete(assignment);
	}

	// The evaluator's work

	/** The evaluator's applications; those they declared a conflict with are gone. */
	@Transactional(readOnly = true)
	List<Task> tasks(String evaluator) {
		return this.assignments.findByEvaluatorOrderById(evaluator).stream().map((assignment) -> {
			SubmissionView submission = submitted(assignment.getSubmissionId());
			return new Task(submission, call(submission.callId()), municipalityName(submission.kshCode()),
					assignment.isSubmitted());
		}).toList();
	}

	/**
	 * What an evaluator reads and scores: only an application assigned to them, and only
	 * their own scores. Anything else is not found, so nobody learns what exists.
	 */
	@Transactional(readOnly = true)
	ScoreSheet sheet(String evaluator, long submissionId) {
		Assignment assignment = own(evaluator, submissionId);
		SubmissionView submission = submitted(submissionId);
		return new ScoreSheet(submission, call(submission.callId()), municipalityName(submission.kshCode()),
				Map.copyOf(assignment.getScores()), assignment.isSubmitted(), stageOf(submissionId).scorable());
	}

	/**
	 * Saves the evaluator's scores; with {@code submit}, every criterion needs a score on
	 * the call's scale and a comment (the applicant reads it), and the sheet closes.
	 */
	void score(String evaluator, long submissionId, ScoreForm form, boolean submit) {
		Assignment assignment = own(evaluator, submissionId);
		if (assignment.isSubmitted()) {
			throw new InvalidInput(null, "evaluation.score.submitted");
		}
		if (!stageOf(submissionId).scorable()) {
			throw new InvalidInput(null, "evaluation.score.closed");
		}
		CallView call = call(submitted(submissionId).callId());
		List<InvalidInput> problems = new ArrayList<>();
		Map<CriterionKind, Assignment.Score> scores = new EnumMap<>(CriterionKind.class);
		for (CriterionView criterion : call.criteria()) {
			Integer score = form.score(criterion.kind());
			String comment = form.comment(criterion.kind());
			String field = "[" + criterion.kind() + "]";
			if (score != null && (score < call.scaleMin() || score > call.scaleMax())) {
				problems.add(
						new InvalidInput("scores" + field, "evaluation.score.range", call.scaleMin(), call.scaleMax()));
			}
			else if (score == null && submit) {
				problems.add(new InvalidInput("scores" + field, "evaluation.score.missing"));
			}
			if (comment.length() > ScoreForm.COMMENT_MAX) {
				problems.add(new InvalidInput("comments" + field, "evaluation.comment.tooLong", ScoreForm.COMMENT_MAX));
			}
			else if (comment.isEmpty() && submit) {
				problems.add(new InvalidInput("comments" + field, "evaluation.comment.missing"));
			}
			scores.put(criterion.kind(), new Assignment.Score(score, comment));
		}
		if (!problems.isEmpty()) {
			throw new Problems(problems);
		}
		assignment.score(scores);
		if (submit) {
			assignment.submit(this.clock.instant());
		}
	}

	/**
	 * An evaluator cannot judge this application fairly: the declaration is kept, their
	 * assignment (and its draft) goes, and the application disappears from their view.
	 */
	void declareConflict(String evaluator, long submissionId, ConflictForm form) {
		Assignment assignment = own(evaluator, submissionId);
		if (assignment.isSubmitted()) {
			throw new InvalidInput("note", "evaluation.score.submitted");
		}
		this.conflicts.save(new Conflict(submissionId, evaluator, form.note().strip(), this.clock.instant()));
		this.assignments.delete(assignment);
	}

	// Internals

	private Assignment own(String evaluator, long submissionId) {
		Assignment assignment = this.assignments.findBySubmissionIdAndEvaluator(submissionId, evaluator)
			.orElseThrow(NotFound::new);
		Evaluator panelist = this.evaluators.findById(evaluator).orElseThrow(NotFound::new);
		if (conflicted(panelist, submitted(submissionId))) {
			throw new NotFound();
		}
		return assignment;
	}

	/** Declared by the evaluator, or obvious from where they live. */
	private boolean conflicted(Evaluator evaluator, SubmissionView submission) {
		return this.conflicts.existsBySubmissionIdAndEvaluator(submission.id(), evaluator.getEmail())
				|| obviousConflict(evaluator, submission.kshCode());
	}

	/**
	 * The application comes from the evaluator's own municipality, or, where configured,
	 * from its county.
	 */
	private boolean obviousConflict(Evaluator evaluator, String kshCode) {
		String home = evaluator.getHomeKshCode();
		if (home == null) {
			return false;
		}
		if (home.equals(kshCode)) {
			return true;
		}
		if (!this.countyConflicts) {
			return false;
		}
		String homeCounty = this.directory.find(home).map(MunicipalitySummary::county).orElse("");
		return !homeCounty.isEmpty()
				&& homeCounty.equals(this.directory.find(kshCode).map(MunicipalitySummary::county).orElse(""));
	}

	private void move(EvaluationCase evaluation, Stage to, String who, String reason) {
		evaluation.move(to, who, this.clock.instant(), reason);
		showStatus(evaluation.getSubmissionId(), to, who, reason);
	}

	/** The applicant sees the stage's status, unless it shows that already. */
	private void showStatus(long submissionId, Stage stage, String who, String reason) {
		SubmissionStatus current = submitted(submissionId).status();
		stage.status()
			.filter((status) -> status != current)
			.ifPresent((status) -> this.submissions.moveTo(submissionId, status, who, reason));
	}

	private EvaluationCase locked(long submissionId) {
		SubmissionView submission = submitted(submissionId);
		return this.cases.findLockedById(submissionId)
			.orElseGet(() -> this.cases.saveAndFlush(new EvaluationCase(submissionId, submission.callId())));
	}

	private Stage stageOf(long submissionId) {
		return this.cases.findById(submissionId).map(EvaluationCase::getStage).orElse(Stage.FORMAL_CHECK);
	}

	private SubmissionView submitted(long submissionId) {
		return this.submissions.find(submissionId).filter(SubmissionView::submitted).orElseThrow(NotFound::new);
	}

	private static void requireStage(EvaluationCase evaluation, Stage stage) {
		if (evaluation.getStage() != stage) {
			throw new InvalidInput(null, "evaluation.stage.wrong");
		}
	}

	private static String requireReason(ReasonForm form) {
		if (form.cleanReason().isEmpty()) {
			throw new InvalidInput("reason", "evaluation.reason.required");
		}
		return form.cleanReason();
	}

	private EvaluationView view(SubmissionView submission, Optional<EvaluationCase> evaluation) {
		String municipality = municipalityName(submission.kshCode());
		if (evaluation.isEmpty()) {
			return new EvaluationView(submission, municipality, Stage.FORMAL_CHECK, null, "", null, null, List.of());
		}
		EvaluationCase found = evaluation.get();
		return new EvaluationView(submission, municipality, found.getStage(), found.getResult(),
				found.getJustification(), found.getPublishedAt(), found.getPracticeId(),
				found.getChanges().stream().map(StageChange::toView).toList());
	}

	/** Several problems of one form at once, each next to its field. */
	static class Problems extends RuntimeException {

		private final List<InvalidInput> problems;

		Problems(List<InvalidInput> problems) {
			super("invalid scores");
			this.problems = List.copyOf(problems);
		}

		void reportTo(org.springframework.validation.BindingResult result) {
			this.problems.forEach((problem) -> problem.reportTo(result));
		}

	}

	/** A place in a theme's ranking. */
	record Ranked(int rank, EvaluationView evaluation, Tally tally) {

	}

	/**
	 * An evaluator on the panel, where they live, and how many applications they have.
	 */
	record EvaluatorView(String email, String homeKshCode, String homeName, long load) {

	}

	/** An application assigned to an evaluator, for their list. */
	record Task(SubmissionView submission, CallView call, String municipality, boolean submitted) {

	}

	/** The evaluator's page: the application and their own scores. */
	record ScoreSheet(SubmissionView submission, CallView call, String municipality,
			Map<CriterionKind, Assignment.Score> scores, boolean submitted, boolean open) {

	}

	/** A site visit as the committee reads it. */
	record SiteVisitView(SiteVisit.Mode mode, java.time.LocalDate visitedOn, String report, String recordedBy) {

	}

	/**
	 * An application's evaluators, declared conflicts and obvious ones, for the admin.
	 */
	record AssignmentRow(EvaluationView evaluation, List<Assigned> assigned, List<Declared> declared,
			List<String> flagged) {

		record Assigned(String evaluator, boolean submitted) {

		}

		record Declared(String evaluator, String note) {

		}

	}

}
