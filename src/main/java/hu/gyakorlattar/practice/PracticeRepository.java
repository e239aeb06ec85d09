package hu.gyakorlattar.practice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

	Optional<Practice> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Practice> findAllByOrderByUpdatedAtDesc();

	String NEWEST_FIRST = "select p from Practice p where p.publication.status = ?1 "
			+ "order by p.publication.publishedAt desc, p.id desc";

	@Query(NEWEST_FIRST)
	List<Practice> findByStatusOrderByPublishedAtDescIdDesc(Practice.Status status);

	/** With their municipalities and themes, in one query. */
	@Query(NEWEST_FIRST)
	@EntityGraph(attributePaths = { "municipalities", "themes" })
	List<Practice> findWithOwnersAndThemesByStatus(Practice.Status status);

	@Query("select count(p) from Practice p where p.publication.status = ?1")
	long countByStatus(Practice.Status status);

	@Query("select case when count(p) > 0 then true else false end from Practice p "
			+ "where p.publication.status = ?1 and p.cycleYear = ?2")
	boolean existsByStatusAndCycleYear(Practice.Status status, int cycleYear);

	/** With their municipalities and themes, in one query. */
	@Query("select p from Practice p where p.publication.status = ?1 and p.cycleYear = ?2 order by p.id")
	@EntityGraph(attributePaths = { "municipalities", "themes" })
	List<Practice> findByStatusAndCycleYearOrderById(Practice.Status status, int cycleYear);

	/**
	 * Published practices whose owners are due a yearly update request, locked for this
	 * transaction; rows another instance holds are skipped.
	 */
	@Query(value = "select id from practice where status = 'PUBLISHED' and contact_email <> '' "
			+ "and published_at <= ?1 and (update_requested_at is null or update_requested_at <= ?1) "
			+ "order by id limit ?2 for update skip locked", nativeQuery = true)
	List<Long> claimDueForUpdateRequest(java.time.Instant due, int limit);

	@Query("select distinct p from Practice p join p.municipalities m where m.kshCode = ?1 and p.publication.status = ?2")
	List<Practice> findByMunicipality(String kshCode, Practice.Status status);

}
