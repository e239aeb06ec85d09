package hu.gyakorlattar.registration;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScheduledMailRepository extends JpaRepository<ScheduledMail, Long> {

	/**
	 * Due mails nobody else is working on, locked for this transaction; another
	 * instance's poller skips them.
	 */
	@Query(value = """
			select * from registration_scheduled_mail
			where sent_at is null and due_at <= :now
			order by due_at, id
			limit :limit
			for update skip locked
			""", nativeQuery = true)
	List<ScheduledMail> claimDue(Instant now, int limit);

	/**
	 * Loads the registrations of claimed mails in one statement, instead of one each when
	 * the batch reads them.
	 */
	@Query("select m from ScheduledMail m join fetch m.registration where m in :mails")
	List<ScheduledMail> withRegistrations(List<ScheduledMail> mails);

	List<ScheduledMail> findByRegistration(Registration registration);

	@Modifying
	@Query("delete from ScheduledMail m where m.registration = :registration and m.sentAt is null")
	void deleteUnsent(Registration registration);

	long countByRegistrationAndSentAtIsNotNull(Registration registration);

}
