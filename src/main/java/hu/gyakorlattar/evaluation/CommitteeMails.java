package hu.gyakorlattar.evaluation;

import java.util.Locale;
import java.util.Map;

import hu.gyakorlattar.account.AccountManagement;
import hu.gyakorlattar.call.CallView;
import hu.gyakorlattar.mail.MailOutbox;
import hu.gyakorlattar.mail.OutgoingMail;
import hu.gyakorlattar.shared.SiteAddress;
import hu.gyakorlattar.submission.SubmissionView;

import org.springframework.stereotype.Component;

/**
 * The mail a committee member gets when a result is put to the vote and the vote is
 * theirs to cast, in the language of their account, through the outbox in the transaction
 * that opened the vote. The member who proposed it knows already, and one barred by a
 * conflict of interest has no vote.
 */
@Component
class CommitteeMails implements VoteNotices {

	static final String VOTE = "evaluation/vote";

	private final MailOutbox outbox;

	private final Evaluations evaluations;

	private final People people;

	private final AccountManagement accounts;

	private final String baseUrl;

	CommitteeMails(MailOutbox outbox, Evaluations evaluations, People people, AccountManagement accounts,
			SiteAddress site) {
		this.outbox = outbox;
		this.evaluations = evaluations;
		this.people = people;
		this.accounts = accounts;
		this.baseUrl = site.baseUrl();
	}

	@Override
	public void voteOpened(Motion motion, SubmissionView submission) {
		CallView call = this.evaluations.call(submission.callId());
		String proposer = this.people.name(motion.getProposedBy());
		for (String member : motion.voters()) {
			if (member.equals(motion.getProposedBy())) {
				continue;
			}
			Locale language = this.accounts.languageOf(member);
			this.outbox.queue(new OutgoingMail(member, language, VOTE,
					Map.of("name", this.people.name(member), "proposer", proposer, "title", submission.title(),
							"municipality", this.evaluations.municipalityName(submission.kshCode()), "theme",
							call.themeName(language), "year", call.cycleYear(), "result", motion.getResult().name(),
							"justification", motion.getJustification(), "link",
							this.baseUrl + "/bizottsagi-ertekeles/palyazatok/" + submission.id())));
		}
	}

}
