package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.municipality.MunicipalityDirectory;
import hu.gyakorlattar.municipality.MunicipalitySummary;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;

/**
 * The office keeps the programme's panel of evaluators: evaluator accounts, each with the
 * municipality they live in or work for (the source of obvious conflicts), and how many
 * applications each has.
 */
@Service
@Transactional
class KeepingThePanel {

	private final EvaluatorRepository evaluators;

	private final AssignmentRepository assignments;

	private final AccountManagement accounts;

	private final MunicipalityDirectory directory;

	private final Evaluations evaluations;

	private final Clock clock;

	KeepingThePanel(EvaluatorRepository evaluators, AssignmentRepository assignments, AccountManagement accounts,
			MunicipalityDirectory directory, Evaluations evaluations, Clock clock) {
		this.evaluators = evaluators;
		this.assignments = assignments;
		this.accounts = accounts;
		this.directory = directory;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/**
	 * The panel in Hungarian alphabetical order of the evaluators' names, as the pages
	 * show them (not of their addresses, which put "Kelemen Ágnes" before "Bognár
	 * Csaba").
	 */
	@Transactional(readOnly = true)
	List<EvaluatorView> evaluators() {
		Map<String, Long> load = this.assignments.findAll()
			.stream()
			.collect(Collectors.groupingBy(Assignment::getEvaluator, Collectors.counting()));
		Map<String, Evaluator> panel = this.evaluators.findAll()
			.stream()
			.collect(Collectors.toMap(Evaluator::getEmail, Function.identity()));
		return this.accounts.inAlphabeticalOrder(panel.keySet())
			.stream()
			.map(panel::get)
			.map((evaluator) -> new EvaluatorView(evaluator.getEmail(), evaluator.getHomeKshCode(),
					(evaluator.getHomeKshCode() != null) ? this.evaluations.municipalityName(evaluator.getHomeKshCode())
							: "",
					load.getOrDefault(evaluator.getEmail(), 0L)))
			.toList();
	}

	/** The evaluator accounts the office can add, in Hungarian order of their names. */
	@Transactional(readOnly = true)
	List<AccountView> candidates() {
		return this.accounts.withRole(Role.EVALUATOR);
	}

	/** The municipalities a home the directory could not resolve may mean. */
	List<MunicipalitySummary> homeSuggestions(String home) {
		return this.directory.suggestions(home);
	}

	/** Adds an evaluator account to the panel, or changes their home municipality. */
	void enlist(EvaluatorForm form) {
		String email = form.cleanEmail();
		if (this.accounts.findByEmail(email).filter((account) -> account.role() == Role.EVALUATOR).isEmpty()) {
			throw new InvalidInput("email", "evaluation.evaluator.unknown");
		}
		String kshCode = form.namesHome()
				? this.directory.resolve(form.home(), "home", "evaluation.evaluator.home").kshCode() : null;
		this.evaluators.findById(email)
			.ifPresentOrElse((evaluator) -> evaluator.livesIn(kshCode),
					() -> this.evaluators.save(new Evaluator(email, kshCode, this.clock.instant())));
	}

	/**
	 * An evaluator on the panel, where they live, and how many applications they have.
	 */
	record EvaluatorView(String email, @Nullable String homeKshCode, String homeName, long load) {

	}

}
