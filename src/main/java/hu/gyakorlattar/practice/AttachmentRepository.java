package hu.gyakorlattar.practice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByPracticeIdOrderById(long practiceId);

}
