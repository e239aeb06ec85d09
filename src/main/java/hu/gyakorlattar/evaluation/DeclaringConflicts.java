package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evaluator or a committee member declares, with a short reason, that they cannot
 * judge an application fairly, or any application of a municipality (as the applicant or
 * a partner). From then on the conflict check excludes them: an evaluator's open sheets
 * on those applications go back to the office, and a member no longer counts on an open
 * vote on them. An evaluator names only the applications assigned to them (they learn of
 * no other); a member any application still to be decided. The office sees the
 * declarations beside the assignments.
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
	 * The applications the person may name: an evaluator's sheets not yet submitted, or,
	 * for a committee member, every application still to be decided.
	 */
	@Transactional(readOnly = true)
	List<EvaluationView> applications(String person, boolean committee) {
		if (committee) {
			return this.evaluations.calls()
				.stream()
				.flatMap((call) -> this.evaluations.evaluations(call.id()).stream())
				.filter((evaluation) -> evaluation.stage() != Stage.DECIDED && evaluation.stage() != Stage.REJECTED)
				.toList();
		}
		return this.assignments.findByEvaluatorOrderById(person)
			.stream()
			.filter((assignment) -> !assignment.isSubmitted())
			.map((assignment) -> this.evaluations.evaluation(assignment.getSubmissionId()))
			.toList();
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

	/** The person's open sheet goes back, and an open vote no longer counts them. */
	private void standAside(String person, long submissionId) {
		this.assignments.findBySubmissionIdAndEvaluator(submissionId, person)
			.filter((assignment) -> !assignment.isSubmitted())
			.ifPresent(this.assignments::delete);
		this.motions.findFirstBySubmissionIdOrderByIdDesc(submissionId).ifPresent((motion) -> motion.exclude(person));
	}

	/**
	 * A declaration as its author reads it: the application's title (none for a whole
	 * municipality), the municipality, the reason and when.
	 */
	record Declaration(String application, String municipality, String note, Instant declaredAt) {

	}

}
