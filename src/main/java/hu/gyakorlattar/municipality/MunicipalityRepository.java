package hu.gyakorlattar.municipality;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, String>, JpaSpecificationExecutor<Municipality> {

	@Query("select distinct m.county from Municipality m where m.county is not null")
	List<String> findCounties();

	@Query("select max(m.lastSeenYear) from Municipality m")
	Optional<Integer> findLatestYear();

	long countByInLatestGazetteerTrue();

	List<Municipality> findByDistrictCodeIn(Collection<String> districtCodes);

	List<Municipality> findByCountyIn(Collection<String> counties);

}
