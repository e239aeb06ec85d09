package hu.gyakorlattar.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantLinkRepository extends JpaRepository<ApplicantLink, Long> {

	Optional<ApplicantLink> findByEmail(String email);

	List<ApplicantLink> findByStatusOrderByRequestedAt(ApplicantLink.Status status);

	List<ApplicantLink> findByKshCodeAndStatus(String kshCode, ApplicantLink.Status status);

}
