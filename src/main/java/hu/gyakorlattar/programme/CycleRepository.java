package hu.gyakorlattar.programme;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, Long> {

	Optional<Cycle> findByYear(int year);

	Optional<Cycle> findFirstByOrderByYearDesc();

	List<Cycle> findAllByOrderByYearDesc();

	boolean existsByYear(int year);

}
