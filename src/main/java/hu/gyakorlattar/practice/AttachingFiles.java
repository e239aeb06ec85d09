package hu.gyakorlattar.practice;

import java.time.Clock;

import hu.gyakorlattar.shared.InvalidInput;
import hu.gyakorlattar.shared.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office attaches files (PDF, PNG, JPEG) to a practice and removes them. */
@Service
@Transactional
class AttachingFiles {

	private final PracticeRepository practices;

	private final AttachmentRepository attachments;

	private final RevisionLog revisions;

	private final Clock clock;

	AttachingFiles(PracticeRepository practices, AttachmentRepository attachments, RevisionLog revisions, Clock clock) {
		this.practices = practices;
		this.attachments = attachments;
		this.revisions = revisions;
		this.clock = clock;
	}

	Attachment add(long id, Upload upload, String editor) {
		Practice practice = this.practices.findById(id).orElseThrow(NotFound::new);
		String type = upload.checkedType();
		Attachment attachment = this.attachments.save(new Attachment(practice.getId(), upload.safeFileName(), type,
				upload.bytes(), this.clock.instant(), editor));
		this.revisions.record(practice, editor, Revision.Change.ATTACHMENT_ADDED);
		return attachment;
	}

	/**
	 * An application's file comes along to the draft made from it when the knowledge base
	 * accepts its kind; any other stays with the application, where the office finds it.
	 */
	void carryOver(long id, Upload upload, String editor) {
		if (upload.detectedType() != null) {
			try {
				add(id, upload, editor);
			}
			catch (InvalidInput ex) {
				// too large, or named for another kind: it stays with the application
			}
		}
	}

	void remove(long id, long attachmentId, String editor) {
		Practice practice = this.practices.findById(id).orElseThrow(NotFound::new);
		Attachment attachment = this.attachments.findById(attachmentId)
			.filter((found) -> found.getPracticeId() == id)
			.orElseThrow(NotFound::new);
		this.attachments.delete(attachment);
		this.revisions.record(practice, editor, Revision.Change.ATTACHMENT_REMOVED);
	}

}
