package hu.gyakorlattar.submission;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredAttachmentRepository extends JpaRepository<StoredAttachment, Long> {

	/** Names and sizes only: the bytes stay in the database until someone downloads. */
	@Query("select new hu.gyakorlattar.submission.SubmissionView$AttachmentView(a.id, a.filename, a.contentType, "
			+ "a.sizeBytes, a.uploadedAt, a.uploadedBy) from StoredAttachment a where a.submissionId = ?1 order by a.id")
	List<SubmissionView.AttachmentView> describe(long submissionId);

	Optional<StoredAttachment> findByIdAndSubmissionId(long id, long submissionId);

	long countBySubmissionId(long submissionId);

}
