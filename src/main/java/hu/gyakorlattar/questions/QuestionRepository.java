package hu.gyakorlattar.questions;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionRepository extends JpaRepository<Question, Long> {

	List<Question> findByConferenceIdOrderByAskedAtAscIdAsc(long conferenceId);

	List<Question> findByRegistrationIdInOrderByAskedAtAscIdAsc(Collection<Long> registrationIds);

	List<Question> findByRegistrationId(long registrationId);

	boolean existsByRegistrationIdAndAskedAt(long registrationId, Instant askedAt);

	@Query("select count(q) from Question q where q.conferenceId = :conferenceId and q.status = 'NEW'")
	long countAwaiting(long conferenceId);

	/** The questions a participant voted for, among a conference's. */
	@Query(value = "select v.question_id from question_vote v join question q on q.id = v.question_id "
			+ "where q.conference_id = :conferenceId and v.registration_id = :registrationId", nativeQuery = true)
	List<Long> votedBy(long conferenceId, long registrationId);

	/** One vote per participant: answers 0 when they had voted already. */
	@Modifying
	@Query(value = "insert into question_vote (question_id, registration_id, voted_at) "
			+ "values (:questionId, :registrationId, :at) on conflict do nothing", nativeQuery = true)
	int vote(long questionId, long registrationId, Instant at);

	/**
	 * A merged duplicate's votes go to the question it was merged into, once each, and
	 * never to its own asker's.
	 */
	@Modifying
	@Query(value = "insert into question_vote (question_id, registration_id, voted_at) "
			+ "select :target, registration_id, voted_at from question_vote where question_id = :source "
			+ "and registration_id is distinct from (select registration_id from question where id = :target) "
			+ "on conflict do nothing", nativeQuery = true)
	int carryVotes(long source, long target);

	@Modifying
	@Query(value = "update question set votes = (select count(*) from question_vote where question_id = :questionId) "
			+ "where id = :questionId", nativeQuery = true)
	void recount(long questionId);

	/** Only one question of a conference is pinned: the others are let go first. */
	@Modifying
	@Query(value = "update question set pinned = false where conference_id = :conferenceId and pinned and id <> :keep",
			nativeQuery = true)
	void unpinOthers(long conferenceId, long keep);

	/**
	 * Tells every app instance (and so every open page) that a conference's questions
	 * changed; PostgreSQL delivers it when this transaction commits, never if it rolls
	 * back.
	 */
	@Query(value = "select count(*) from (select pg_notify('" + LiveQuestions.CHANNEL + "', :payload)) notified",
			nativeQuery = true)
	long notifyChanged(String payload);

}
