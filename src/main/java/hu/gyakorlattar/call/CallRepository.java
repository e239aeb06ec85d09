package hu.gyakorlattar.call;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CallRepository extends JpaRepository<Call, Long> {

	List<Call> findByCycleYearOrderById(int cycleYear);

	List<Call> findByPublishedAtNotNullOrderByCycleYearDescIdAsc();

	List<Call> findAllByOrderByCycleYearDescIdAsc();

	boolean existsByCycleYearAndThemeId(int cycleYear, long themeId);

}
