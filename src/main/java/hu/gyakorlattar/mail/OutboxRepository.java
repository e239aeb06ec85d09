package hu.gyakorlattar.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	/**
	 * The next due messages that no sender holds, time-critical ones first, then the
	 * longest waiting, locked for this (short) transaction: other senders (other threads
	 * or app instances) skip them instead of waiting, and once they are claimed
	 * ({@link OutboxMessage#claim}) and committed they pass them by until the claim ends.
	 */
	@Query(value = """
			select * from mail_outbox
			where status = 'QUEUED' and next_attempt_at <= :now
			and (claimed_until is null or claimed_until <= :now)
			order by time_critical desc, next_attempt_at, id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<OutboxMessage> claimDue(Instant now, int limit);

	/**
	 * Waits for a sender that is recording this message's outcome right now, so that an
	 * admin's retry never turns a message that has just been sent back into a queued one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboxMessage m where m.id = :id")
	Optional<OutboxMessage> findLockedById(long id);

	/**
	 * Every message to an address (trimmed, lower case), locked for this transaction: a
	 * sender recording an outcome is waited for; one still delivering holds a claim
	 * instead (see {@link MailOutbox#forget}).
	 */
	@Query(value = "select * from mail_outbox where lower(btrim(recipient)) = :address order by id for update",
			nativeQuery = true)
	List<OutboxMessage> findLockedByAddress(String address);

	Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Page<OutboxMessage> findByStatusOrderByCreatedAtDescIdDesc(OutboxMessage.Status status, Pageable pageable);

	long countByStatus(OutboxMessage.Status status);

	/** When the longest-waiting message was queued; {@code null} when none waits. */
	/**
	 * The file names of a message's attachments, in order, without reading their content.
	 */
	@Query(value = "select filename from mail_outbox_attachment where message_id = :id order by position",
			nativeQuery = true)
	List<String> attachmentNames(long id);

	@Query("select min(m.createdAt) from OutboxMessage m where m.status = 'QUEUED'")
	@Nullable Instant findOldestQueuedCreatedAt();

	/** Pairs of status and count among the given messages; absent statuses count 0. */
	@Query("select m.status, count(m) from OutboxMessage m where m.id in :ids group by m.status")
	List<Object[]> countStatusesAmong(Collection<Long> ids);

}
