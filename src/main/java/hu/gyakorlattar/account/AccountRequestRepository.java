package hu.gyakorlattar.account;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRequestRepository extends JpaRepository<AccountRequest, Long> {

	List<AccountRequest> findByStatusOrderByRequestedAt(AccountRequest.Status status);

	List<AccountRequest> findByEmailOrderByRequestedAt(String email);

	long countByStatus(AccountRequest.Status status);

	@Modifying
	@Query("delete from AccountRequest r where r.email = ?1")
	int deleteByEmail(String email);

	@Modifying
	@Query("delete from AccountRequest r where r.status <> ?1 and r.decidedAt < ?2")
	int deleteDecidedBefore(AccountRequest.Status pending, Instant before);

}
