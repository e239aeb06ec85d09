package hu.gyakorlattar.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

	List<Adoption> findByPracticeIdOrderByCreatedAt(long practiceId);

	boolean existsByPracticeIdAndKshCode(long practiceId, String kshCode);

}
