package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.shared.HungarianFormats;
import hu.gyakorlattar.shared.PdfDocuments;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office prints the minutes of the committee's decisions on a call: a tagged PDF in
 * Hungarian, the official language of the programme's records, with the committee and its
 * rules, and for each application put to the vote in ranking order its result, the
 * written resolution of a flagged spread, every motion with each member's vote and
 * reason, and who was excluded by a conflict of interest.
 */
@Service
@Transactional(readOnly = true)
class WritingTheMinutes {

	private final Evaluations evaluations;

	private final Ranking ranking;

	private final CommitteeVoting voting;

	private final SeatingTheCommittee committee;

	private final People people;

	private final AccountManagement accounts;

	private final PdfDocuments pdfs;

	private final Clock clock;

	WritingTheMinutes(Evaluations evaluations, Ranking ranking, CommitteeVoting voting, SeatingTheCommittee committee,
			People people, AccountManagement accounts, PdfDocuments pdfs, Clock clock) {
		this.evaluations = evaluations;
		this.ranking = ranking;
		this.voting = voting;
		this.committee = committee;
		this.people = people;
		this.accounts = accounts;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	byte[] minutes(long callId) {
		List<Item> items = this.ranking.of(callId)
			.stream()
			.map((row) -> new Item(row,
					this.voting.motions(row.evaluation().id())
						.stream()
						.map((motion) -> motion.named(this::name))
						.toList(),
					Optional.ofNullable(row.evaluation().resolution())
						.map((resolution) -> name(resolution.by()))
						.orElse("")))
			.filter((item) -> !item.motions().isEmpty())
			.toList();
		CommitteeForm seated = this.committee.current(callId);
		List<String> members = this.accounts.inAlphabeticalOrder(seated.members()).stream().map(this::name).toList();
		return this.pdfs.render("evaluation/minutes", Map.of("call", this.evaluations.call(callId), "items", items,
				"members", members, "seated", seated, "printedAt", this.clock.instant()), HungarianFormats.HUNGARIAN);
	}

	/** People by name in the minutes, which are Hungarian whoever prints them. */
	private String name(String email) {
		return HungarianFormats.inLanguage(HungarianFormats.HUNGARIAN, () -> this.people.name(email));
	}

	/**
	 * An application put to the vote, with its place in the ranking, its motions (people
	 * by name) and who resolved its spread.
	 */
	record Item(Ranking.Ranked row, List<MotionView> motions, String resolvedBy) {

	}

}
