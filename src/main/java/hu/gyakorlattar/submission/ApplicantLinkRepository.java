package hu.gyakorlattar.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantLinkRepository extends JpaRepository<ApplicantLink, Long> {

	List<ApplicantLink> findByEmailOrderByRequestedAt(String email);

	Optional<ApplicantLink> findByEmailAndKshCode(String email, String kshCode);

	List<ApplicantLink> findByStatusOrderByRequestedAt(ApplicantLink.Status status);

	long countByStatus(ApplicantLink.Status status);

	List<ApplicantLink> findByKshCodeAndStatusOrderByRequestedAt(String kshCode, ApplicantLink.Status status);

}
