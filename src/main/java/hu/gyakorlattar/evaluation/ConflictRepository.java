package hu.gyakorlattar.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

	List<Conflict> findBySubmissionIdIn(Collection<Long> submissionIds);

	List<Conflict> findByKshCodeIn(Collection<String> kshCodes);

	List<Conflict> findByEvaluatorOrderByDeclaredAtDesc(String person);

	boolean existsBySubmissionIdAndEvaluator(long submissionId, String person);

	boolean existsByKshCodeAndEvaluator(String kshCode, String person);

	/** Declared for the application, or for one of its municipalities. */
	@Query("""
			select count(c) > 0 from Conflict c
			where c.evaluator = ?3 and (c.submissionId = ?1 or c.kshCode in ?2)""")
	boolean declared(long submissionId, Collection<String> kshCodes, String person);

}
