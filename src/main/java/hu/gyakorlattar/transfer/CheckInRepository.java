package hu.gyakorlattar.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

	/**
	 * Check-ins whose mail or reminder is due and that nobody else is working on, locked
	 * for this transaction; another instance's poller skips them.
	 */
	@Query(value = """
			select * from transfer_check_in
			where skipped_at is null and answered_at is null
			  and ((sent_at is null and due_at <= :now)
			    or (sent_at is not null and reminded_at is null and remind_at <= :now))
			order by coalesce(remind_at, due_at), id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<CheckIn> claimDue(Instant now, int limit);

	Optional<CheckIn> findByToken(String token);

	/** With their outcomes, in one query however many there are. */
	@EntityGraph(attributePaths = "outcomes")
	List<CheckIn> findByTransferIdInOrderByMonthsAfter(Collection<Long> transferIds);

	List<CheckIn> findByTransferIdOrderByMonthsAfter(long transferId);

}
