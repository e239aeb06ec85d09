package hu.gyakorlattar.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SiteVisitRepository extends JpaRepository<SiteVisit, Long> {

	List<SiteVisit> findBySubmissionIdOrderByVisitedOnAscIdAsc(long submissionId);

}
