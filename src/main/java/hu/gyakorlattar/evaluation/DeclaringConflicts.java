package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evaluator or a committee member declares, with a short reason, that they cannot
 * judge an application fairly, or any application of a municipality (as the applicant or
 * a partner). From then on the conflict check excludes them: on those applications still
 * to be decided an evaluator's sheet is withdrawn, submitted or not (a biased score must
 * not count, so it leaves the ranking and the office finds the application short of an
 * evaluator), and a member no longer counts on an open vote. A decided application keeps
 * the sheets its decision was taken on. An evaluator names only the applications assigned
 * to them (they learn of no other); a member any application still to be decided. The
 * office sees the declarations beside the assignments.
 */
@Service
@Transactional
class DeclaringConflicts {

	private final Evaluations evaluations;

	private final AssignmentRepository assignments;

	private final ConflictRepository conflicts;

	private final MotionRepository motions;

	private final MunicipalityDirectory directory;

	private final Clock clock;

	DeclaringConflicts(Evaluations evaluations, AssignmentRepository assignments, ConflictRepository conflicts,
			MotionRepository motions, MunicipalityDirectory directory, Clock clock) {
		this.evaluations = evaluations;
		this.assignments = assignments;
		this.conflicts = conflicts;
		this.motions = motions;
		this.directory = directory;
		this.clock = clock;
	}

	/** The person's declarations, the newest first. */
	@Transactional(readOnly = true)
	List<Declaration> declarations(String person) {
		return this.conflicts.findByEvaluatorOrderByDeclaredAtDesc(person).stream().map((conflict) -> {
			if (conflict.getKshCode() != null) {
				return new Declaration(null, this.evaluations.municipalityName(conflict.getKshCode()),
						conflict.getNote(), conflict.getDeclaredAt());
			}
			SubmissionView submission = this.evaluations.submitted(conflict.getSubmissionId());
			return new Declaration(submission.title(), this.evaluations.municipalityName(submission.kshCode()),
					conflict.getNote(), conflict.getDeclaredAt());
		}).toList();
	}

	/**
	 * The applications still to be decided that the person may name: those assigned to an
	 * evaluator (their sheet submitted or not), or, for a committee member, every one.
	 */
	@Transactional(readOnly = true)
	List<EvaluationView> applications(String person, boolean committee) {
		Stream<EvaluationView> candidates = committee
				? this.evaluations.calls().stream().flatMap((call) -> this.evaluations.evaluations(call.id()).stream())
				: this.assignments.findByEvaluatorOrderById(person)
					.stream()
					.map((assignment) -> this.evaluations.evaluation(assignment.getSubmissionId()));
		return candidates.filter((evaluation) -> !evaluation.stage().settled()).toList();
	}

	void declare(String person, boolean committee, ConflictDeclarationForm form) {
		form.subjectProblem().ifPresent((problem) -> {
			throw problem;
		});
		Instant now = this.clock.instant();
		String note = form.note().strip();
		List<EvaluationView> open = applications(person, committee);
		Predicate<EvaluationView> affected;
		if (form.applicationId() != null) {
			long id = form.applicationId();
			if (open.stream().noneMatch((evaluation) -> evaluation.id() == id)) {
				throw new InvalidInput("applicationId", "evaluation.conflict.application.unknown");
			}
			if (this.conflicts.existsBySubmissionIdAndEvaluator(id, person)) {
				throw new InvalidInput("applicationId", "evaluation.conflict.already");
			}
			this.conflicts.save(Conflict.withApplication(id, person, note, now));
			affected = (evaluation) -> evaluation.id() == id;
		}
		else {
			MunicipalitySummary municipality = this.directory.resolve(form.municipality(), "municipality",
					"evaluation.conflict.municipality");
			if (this.conflicts.existsByKshCodeAndEvaluator(municipality.kshCode(), person)) {
				throw new InvalidInput("municipality", "evaluation.conflict.already");
			}
			this.conflicts.save(Conflict.withMunicipality(municipality.kshCode(), person, note, now));
			affected = (evaluation) -> evaluation.submission().municipalities().contains(municipality.kshCode());
		}
		open.stream().filter(affected).forEach((evaluation) -> standAside(person, evaluation.id()));
	}

	/**
	 * The person's sheet is withdrawn, even a submitted one, and an open vote no longer
	 * counts them.
	 */
	private void standAside(String person, long submissionId) {
		this.assignments.findBySubmissionIdAndEvaluator(submissionId, person).ifPresent(this.assignments::delete);
		this.motions.findFirstBySubmissionIdOrderByIdDesc(submissionId).ifPresent((motion) -> motion.exclude(person));
	}

	/**
	 * A declaration as its author reads it: the application's title (none for a whole
	 * municipality), the municipality, the reason and when.
	 */
	record Declaration(String application, String municipality, String note, Instant declaredAt) {

	}

}
