package hu.gyakorlattar.submission;

import java.util.List;

import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicants waiting for the office's approval to apply for a municipality
 * ({@link ApplicantLinks}).
 */
@Component
@Order(20)
class WaitingApplicantLinks implements OfficeTasks {

	private final ApplicantLinkRepository links;

	WaitingApplicantLinks(ApplicantLinkRepository links) {
		this.links = links;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waiting() {
		return Waiting.of("submission.waiting.links", this.links.countByStatus(ApplicantLink.Status.PENDING),
				"/admin/palyazatok/kapcsolatok");
	}

}
