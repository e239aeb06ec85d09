package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SeatJobRepository extends JpaRepository<SeatJob, Long> {

	/**
	 * Due jobs nobody else is claiming, locked until this transaction ends; another
	 * instance's poller skips them.
	 */
	@Query(value = """
			select * from registration_seat_job
			where due_at <= :now
			order by due_at, id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<SeatJob> claimDue(Instant now, int limit);

	Optional<SeatJob> findByRegistrationIdAndAction(long registrationId, SeatJob.Action action);

	List<SeatJob> findByRegistrationId(long registrationId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select j from SeatJob j where j.id = :id")
	Optional<SeatJob> findByIdForUpdate(long id);

}
