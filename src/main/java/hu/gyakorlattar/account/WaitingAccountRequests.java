package hu.gyakorlattar.account;

import java.util.List;

import hu.gyakorlattar.shared.OfficeTasks;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The applicant account requests waiting for the office's decision. */
@Component
@Order(10)
class WaitingAccountRequests implements OfficeTasks {

	private final AccountRequestRepository requests;

	WaitingAccountRequests(AccountRequestRepository requests) {
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Waiting> waiting() {
		return Waiting.of("account.waiting.requests", this.requests.countByStatus(AccountRequest.Status.PENDING),
				"/admin/felhasznalok/igenylesek");
	}

}
