package hu.gyakorlattar.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	/**
	 * Claims the oldest due message and locks it for this transaction; other senders
	 * (other threads or app instances) skip it instead of waiting, so each message is
	 * sent by exactly one of them.
	 */
	@Query(value = """
			select * from mail_outbox
			where status = 'QUEUED' and next_attempt_at <= :now
			order by next_attempt_at, id
			limit 1
			for update skip locked
			""", nativeQuery = true)
	Optional<OutboxMessage> claimNextDue(Instant now);

	/**
	 * Waits for a sender that is delivering this message right now, so that an admin's
	 * retry never turns a message that has just been sent back into a queued one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboxMessage m where m.id = :id")
	Optional<OutboxMessage> findLockedById(long id);

	/**
	 * Every message to an address (trimmed, lower case), locked for this transaction: a
	 * sender delivering one of them right now is waited for, so its outcome is what is
	 * forgotten.
	 */
	@Query(value = "select * from mail_outbox where lower(btrim(recipient)) = :address order by id for update",
			nativeQuery = true)
	List<OutboxMessage> findLockedByAddress(String address);

	Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Page<OutboxMessage> findByStatusOrderByCreatedAtDescIdDesc(OutboxMessage.Status status, Pageable pageable);

	long countByStatus(OutboxMessage.Status status);

	/** Pairs of status and count among the given messages; absent statuses count 0. */
	@Query("select m.status, count(m) from OutboxMessage m where m.id in :ids group by m.status")
	List<Object[]> countStatusesAmong(Collection<Long> ids);

}
