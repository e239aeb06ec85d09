package hu.gyakorlattar.conference;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRepository extends JpaRepository<Conference, Long> {

	List<Conference> findAllByOrderByStartsAtDesc();

	List<Conference> findByPublishedTrueOrderByStartsAtAsc();

	List<Conference> findByPublishedTrueAndEndsAtAfterOrderByStartsAtAsc(Instant now);

	List<Conference> findByPublishedTrueAndEndsAtLessThanEqualOrderByStartsAtDesc(Instant now);

}
