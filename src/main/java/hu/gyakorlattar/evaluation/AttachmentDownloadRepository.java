package hu.gyakorlattar.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentDownloadRepository extends JpaRepository<AttachmentDownload, Long> {

	List<AttachmentDownload> findBySubmissionIdOrderById(long submissionId);

}
