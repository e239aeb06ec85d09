package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.account.AccountView;
import hu.gyakorlattar.account.Role;
import hu.gyakorlattar.shared.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office names who sits on a call's voting committee (committee accounts), and the
 * quorum and majority its decisions need. A motion already put to the vote keeps the
 * committee and rules it was proposed under.
 */
@Service
@Transactional
class SeatingTheCommittee {

	private final EvaluationPlanRepository plans;

	private final AccountManagement accounts;

	private final Clock clock;

	SeatingTheCommittee(EvaluationPlanRepository plans, AccountManagement accounts, Clock clock) {
		this.plans = plans;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The committee accounts the office can seat, by name. */
	@Transactional(readOnly = true)
	List<AccountView> candidates() {
		return this.accounts.withRole(Role.COMMITTEE);
	}

	/** The call's committee and rules as the office last set them. */
	@Transactional(readOnly = true)
	CommitteeForm current(long callId) {
		return this.plans.findById(callId)
			.map((plan) -> new CommitteeForm(plan.getCommittee().stream().sorted().toList(), plan.getQuorum(),
					plan.getMajority()))
			.orElseGet(() -> new CommitteeForm(List.of(), Quorum.MORE_THAN_HALF, Majority.SIMPLE));
	}

	void seat(long callId, CommitteeForm form, String who) {
		Set<String> members = new LinkedHashSet<>(form.members());
		if (members.isEmpty()) {
			throw new InvalidInput("members", "evaluation.voting.members.required");
		}
		Set<String> known = new LinkedHashSet<>(candidates().stream().map(AccountView::email).toList());
		if (!known.containsAll(members)) {
			throw new InvalidInput("members", "evaluation.voting.members.unknown");
		}
		EvaluationPlan plan = this.plans.findById(callId).orElseGet(() -> new EvaluationPlan(callId));
		plan.seat(members, form.quorum(), form.majority(), who, this.clock.instant());
		this.plans.save(plan);
	}

}
