package hu.gyakorlattar.municipality;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GazetteerImportRepository extends JpaRepository<GazetteerImport, Long> {

	List<GazetteerImport> findTop10ByOrderByStartedAtDesc();

	@Modifying
	@Query("update GazetteerImport i set i.rowsProcessed = :rows, i.progressedAt = :now where i.id = :id")
	void progress(long id, int rows, Instant now);

	@Modifying
	@Query("update GazetteerImport i set i.status = :abandoned, i.finishedAt = :now "
			+ "where i.status = :running and i.progressedAt < :stalledSince")
	int abandonStalled(Instant now, Instant stalledSince, GazetteerImport.Status running,
			GazetteerImport.Status abandoned);

	default int abandonStalled(Instant now, Instant stalledSince) {
		return abandonStalled(now, stalledSince, GazetteerImport.Status.RUNNING, GazetteerImport.Status.ABANDONED);
	}

}
