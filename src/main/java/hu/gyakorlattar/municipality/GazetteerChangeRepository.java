package hu.gyakorlattar.municipality;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GazetteerChangeRepository extends JpaRepository<GazetteerChange, Long> {

	List<GazetteerChange> findByImportId(long importId);

}
