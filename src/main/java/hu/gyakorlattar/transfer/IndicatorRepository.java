package hu.gyakorlattar.transfer;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByPracticeIdOrderByPosition(long practiceId);

	List<Indicator> findByPracticeIdInOrderByPosition(Collection<Long> practiceIds);

}
