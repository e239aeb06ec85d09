package hu.gyakorlattar.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.DemoAccounts;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.call.CallManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.call.EvaluatedDemoCall;
import hu.gyakorlattar.call.CriterionKind;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoApplication;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoComments;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoMember;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoMotion;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoSheet;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoVisit;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoVote;
import hu.gyakorlattar.evaluation.DemoEvaluation.DemoEvaluator;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.shared.ConditionalOnDemoData;
import hu.gyakorlattar.shared.HungarianFormats;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year's evaluated call ({@code evaluation/demo-evaluation.json}), so that a
 * newcomer sees the whole cycle: the panel of evaluators (one harsh, one generous), two
 * of them on each application of the demo field, scores on every criterion with their
 * comments, one flagged spread settled by a third evaluator, a shortlist with site
 * visits, the final, the committee's recorded votes (one motion defeated) and the
 * published results. It goes through the evaluation's own use cases, told the story's
 * time in the summer of 2021 instead of today's, so that every rule and the audit log
 * hold; only what would mail the made-up people (the assignment, the tie-breaker and the
 * feedback mails) is done on the aggregates themselves, and their votes are opened with
 * nobody told. Written once, when the call has applications and none of them has an
 * evaluation file yet.
 */
@Component
@Order(55)
@ConditionalOnDemoData
class EvaluationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	private static final ZoneId BUDAPEST = HungarianFormats.BUDAPEST;

	private static final LocalDate FORMAL_CHECK = LocalDate.of(2021, 7, 1);

	private static final LocalDate ASSIGNED = LocalDate.of(2021, 7, 2);

	private static final LocalDate FIRST_SCORES = LocalDate.of(2021, 7, 6);

	private static final LocalDate SCORES_DUE = LocalDate.of(2021, 7, 30);

	private static final LocalDate SHORTLISTED = LocalDate.of(2021, 8, 16);

	private static final LocalDate FINAL = LocalDate.of(2021, 9, 8);

	private static final LocalDate COMMITTEE_MEETS = LocalDate.of(2021, 9, 21);

	private static final LocalDate PUBLISHED = LocalDate.of(2021, 10, 4);

	private final CallManagement calls;

	private final Evaluations evaluations;

	private final EvaluationCaseRepository cases;

	private final EvaluatorRepository evaluators;

	private final AssignmentRepository assignments;

	private final EvaluationPlanRepository plans;

	private final SiteVisitRepository visits;

	private final MotionRepository motions;

	private final ConflictsOfInterest conflicts;

	private final AccountManagement accountManagement;

	private final MunicipalityDirectory directory;

	private final EvaluationReminders reminders;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final DemoAccounts accounts;

	/** The story's time, which the use cases below read instead of today's. */
	private final StoryClock story = new StoryClock();

	EvaluationDemoData(CallManagement calls, Evaluations evaluations, EvaluationCaseRepository cases,
			EvaluatorRepository evaluators, AssignmentRepository assignments, EvaluationPlanRepository plans,
			SiteVisitRepository visits, MotionRepository motions, ConflictsOfInterest conflicts,
			AccountManagement accountManagement, DemoAccounts accounts, MunicipalityDirectory directory,
			EvaluationReminders reminders, ApplicationEventPublisher events, JsonMapper json) {
		this.calls = calls;
		this.evaluations = evaluations;
		this.cases = cases;
		this.evaluators = evaluators;
		this.assignments = assignments;
		this.plans = plans;
		this.visits = visits;
		this.motions = motions;
		this.conflicts = conflicts;
		this.accountManagement = accountManagement;
		this.accounts = accounts;
		this.directory = directory;
		this.reminders = reminders;
		this.events = events;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<CallView> call = EvaluatedDemoCall.in(this.calls);
		if (call.isEmpty()) {
			return;
		}
		long callId = call.get().id();
		Map<String, EvaluationView> field = this.evaluations.evaluations(callId)
			.stream()
			.collect(Collectors.toMap(EvaluationView::municipality, Function.identity()));
		if (field.isEmpty() || !this.cases.findByCallId(callId).isEmpty()) {
			return;
		}
		DemoEvaluation demo = read();
		Map<String, String> panel = seatThePanel(demo);
		List<String> committee = seatTheCommittee(callId, demo);
		planTheEvaluation(callId);
		MovingThroughStages stages = new MovingThroughStages(this.evaluations, this.visits, this.events, this.story);
		int place = 0;
		for (EvaluationView evaluation : field.values()
			.stream()
			.sorted(Comparator.comparingLong(EvaluationView::id))
			.toList()) {
			this.story.at(FORMAL_CHECK, LocalTime.of(9, 0).plusMinutes(10L * place++));
			stages.accept(evaluation.id(), this.accounts.office(), new ReasonForm(""));
		}
		Map<String, Integer> sheetsSoFar = new HashMap<>();
		for (int i = 0; i < demo.applications().size(); i++) {
			DemoApplication application = demo.applications().get(i);
			score(required(field, application), application, i, panel, demo.comments(), sheetsSoFar);
		}
		RecordingSiteVisits visiting = new RecordingSiteVisits(this.evaluations, this.visits, this.story);
		for (DemoApplication application : demo.applications()) {
			if (application.visit() != null) {
				long id = required(field, application).id();
				DemoVisit visit = application.visit();
				this.story.at(SHORTLISTED, LocalTime.of(10, 0));
				stages.shortlist(id, committee.get(0), new ReasonForm(demo.shortlistReason()));
				this.story.at(visit.on(), LocalTime.of(18, 0));
				visiting.record(id, committee.get(visit.by()),
						new SiteVisitForm(visit.mode(), visit.on(), visit.report()));
				if (Boolean.TRUE.equals(application.finalist())) {
					this.story.at(FINAL, LocalTime.of(10, 0));
					stages.invite(id, committee.get(0), new ReasonForm(demo.finalReason()));
				}
			}
		}
		decide(demo, field, committee);
		publish(callId);
		log.info("Demo data: the {} call of {} evaluated, decided and published", call.get().themeNameHu(),
				call.get().cycleYear());
	}

	/**
	 * The evaluators' accounts and places on the panel; answers their addresses by key.
	 */
	private Map<String, String> seatThePanel(DemoEvaluation demo) {
		KeepingThePanel keeping = new KeepingThePanel(this.evaluators, this.assignments, this.accountManagement,
				this.directory, this.evaluations, this.story);
		this.story.at(ASSIGNED.minusWeeks(3), LocalTime.of(9, 0));
		Map<String, String> panel = new HashMap<>();
		for (DemoEvaluator evaluator : demo.evaluators()) {
			this.accounts.ensure(evaluator.email(), evaluator.name(), Role.EVALUATOR, null, this.story.instant());
			keeping.enlist(new EvaluatorForm(evaluator.email(), kshCode(evaluator.home())));
			panel.put(evaluator.key(), evaluator.email());
		}
		return panel;
	}

	/** The committee members' accounts and their seats on the call's voting committee. */
	private List<String> seatTheCommittee(long callId, DemoEvaluation demo) {
		this.story.at(ASSIGNED.minusWeeks(3), LocalTime.of(9, 0));
		demo.committee()
			.forEach((member) -> this.accounts.ensure(member.email(), member.name(), Role.COMMITTEE, null,
					this.story.instant()));
		List<String> committee = demo.committee().stream().map(DemoMember::email).toList();
		this.story.at(ASSIGNED, LocalTime.of(9, 0));
		new SeatingTheCommittee(this.plans, this.accountManagement, this.story).seat(callId,
				new CommitteeForm(committee, Quorum.MORE_THAN_HALF, Majority.SIMPLE), this.accounts.office());
		return committee;
	}

	/** Two evaluators per application, by the end of July. */
	private void planTheEvaluation(long callId) {
		this.story.at(ASSIGNED, LocalTime.of(9, 30));
		new PlanningTheDeadline(this.evaluations, this.plans, this.assignments, this.reminders, this.story)
			.setDeadline(callId, new DeadlineForm(SCORES_DUE), this.accounts.office());
		EvaluationPlan plan = this.plans.findById(callId).orElseThrow();
		plan.evaluatorsPerApplication(2, this.accounts.office(), this.story.instant());
	}

	/**
	 * Each evaluator's sheet: assigned by the office (a tie-breaker automatically, the
	 * moment the first two disagree by the spread threshold), never against a conflict of
	 * interest, scored on every criterion with a comment, and submitted, each evaluator's
	 * one after the other.
	 */
	private void score(EvaluationView evaluation, DemoApplication application, int place, Map<String, String> panel,
			Map<CriterionKind, DemoComments> comments, Map<String, Integer> sheetsSoFar) {
		for (int s = 0; s < application.sheets().size(); s++) {
			DemoSheet sheet = application.sheets().get(s);
			String evaluator = panel.get(sheet.evaluator());
			if (this.conflicts.conflicted(this.evaluators.findById(evaluator).orElseThrow(), evaluation.submission())) {
				throw new IllegalStateException(evaluator + " may not evaluate " + evaluation.municipality());
			}
			Assignment assignment;
			int done = sheetsSoFar.merge(evaluator, 1, Integer::sum);
			if (sheet.settlesASpread()) {
				if (this.evaluations.tally(evaluation.id()).settlement() != Tally.Spread.UNSETTLED) {
					throw new IllegalStateException("No spread to settle on " + evaluation.municipality());
				}
				assignment = Assignment.tieBreaker(evaluation.id(), evaluator, this.story.instant());
				this.story.later(Duration.ofDays(6));
			}
			else {
				this.story.at(ASSIGNED, LocalTime.of(10, 0).plusMinutes(place));
				assignment = new Assignment(evaluation.id(), evaluator, this.accounts.office(), this.story.instant());
				this.story.at(FIRST_SCORES.plusDays(3L * done), LocalTime.of(14, 0).plusMinutes(37L * s));
			}
			assignment.score(scores(sheet.points(), place * 3 + s * 5, s, comments));
			assignment.submit(this.story.instant());
			this.assignments.saveAndFlush(assignment);
		}
	}

	/**
	 * The points spread over the criteria as evenly as the scale allows, the odd ones
	 * where {@code offset} says, each with the comment its level deserves.
	 */
	private static Map<CriterionKind, Assignment.Score> scores(int points, int offset, int variant,
			Map<CriterionKind, DemoComments> comments) {
		CriterionKind[] kinds = CriterionKind.values();
		Map<CriterionKind, Assignment.Score> scores = new EnumMap<>(CriterionKind.class);
		for (int k = 0; k < kinds.length; k++) {
			int score = points / kinds.length
					+ ((Math.floorMod(k - offset, kinds.length) < points % kinds.length) ? 1 : 0);
			scores.put(kinds[k], new Assignment.Score(score, comments.get(kinds[k]).at(score, variant)));
		}
		return scores;
	}

	/**
	 * The committee's meeting: each motion put to the vote by its proposer, each member's
	 * vote with its reason; the vote that carries a motion takes the decision.
	 */
	private void decide(DemoEvaluation demo, Map<String, EvaluationView> field, List<String> committee) {
		CommitteeVoting voting = new CommitteeVoting(this.evaluations, this.motions, this.plans, this.conflicts,
				this.events, (motion, submission) -> {
				}, this.story);
		this.story.at(COMMITTEE_MEETS, LocalTime.of(10, 0));
		for (DemoApplication application : demo.applications()) {
			long id = required(field, application).id();
			for (DemoMotion motion : application.motions()) {
				this.story.later(Duration.ofMinutes(6));
				voting.propose(id, committee.get(motion.proposer()),
						new DecisionForm(motion.result(), motion.justification()));
				for (DemoVote vote : motion.votes()) {
					this.story.later(Duration.ofMinutes(1));
					voting.vote(id, committee.get(vote.member()), new VoteForm(vote.choice(), vote.reason()));
				}
			}
		}
	}

	/**
	 * The results go out to every applicant at once; the feedback mail stays unsent, as
	 * the applicants are made up.
	 */
	private void publish(long callId) {
		this.story.at(PUBLISHED, LocalTime.of(10, 0));
		for (EvaluationView evaluation : this.evaluations.evaluations(callId)) {
			this.events.publishEvent(
					this.evaluations.locked(evaluation.id()).publish(this.accounts.office(), this.story.instant()));
		}
	}

	private static EvaluationView required(Map<String, EvaluationView> field, DemoApplication application) {
		EvaluationView evaluation = field.get(application.municipality());
		if (evaluation == null) {
			throw new IllegalStateException("The demo call has no application from " + application.municipality());
		}
		return evaluation;
	}

	private String kshCode(String municipality) {
		return this.directory.search(municipality, 20)
			.stream()
			.filter((found) -> found.name().equals(municipality))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No municipality in the directory named " + municipality))
			.kshCode();
	}

	private DemoEvaluation read() {
		try (InputStream in = new ClassPathResource("evaluation/demo-evaluation.json").getInputStream()) {
			return this.json.readValue(in, DemoEvaluation.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A clock the demo moves through the story, for the use cases it runs. */
	static final class StoryClock extends Clock {

		private Instant now = Instant.EPOCH;

		void at(LocalDate day, LocalTime time) {
			this.now = day.atTime(time).atZone(BUDAPEST).toInstant();
		}

		void later(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return BUDAPEST;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("The story is told in Budapest time");
		}

	}

}
