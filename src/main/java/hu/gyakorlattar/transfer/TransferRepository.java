package hu.gyakorlattar.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferRepository extends JpaRepository<Transfer, Long> {

	List<Transfer> findByPracticeIdOrderByStartedAtAscIdAsc(long practiceId);

	List<Transfer> findByPracticeIdInOrderByStartedAtDescIdDesc(Collection<Long> practiceIds);

	List<Transfer> findByKshCodeOrderByStartedAtDescIdDesc(String kshCode);

	Optional<Transfer> findByPracticeIdAndKshCode(long practiceId, String kshCode);

	List<Transfer> findAllByOrderByStartedAtAscIdAsc();

}
