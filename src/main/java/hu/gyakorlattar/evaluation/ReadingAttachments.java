package hu.gyakorlattar.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import hu.gyakorlattar.submission.SubmissionManagement;
import hu.gyakorlattar.submission.SubmissionView;
import hu.gyakorlattar.submission.UploadedFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluators and the committee read an application's attachments (photos, evidence)
 * beside its texts; every download is logged with who and when. An evaluator reaches only
 * the attachments of an application they may score; anything else is not found.
 */
@Service
@Transactional
class ReadingAttachments {

	private final Evaluations evaluations;

	private final Scoring scoring;

	private final SubmissionManagement submissions;

	private final AttachmentDownloadRepository downloads;

	private final Clock clock;

	ReadingAttachments(Evaluations evaluations, Scoring scoring, SubmissionManagement submissions,
			AttachmentDownloadRepository downloads, Clock clock) {
		this.evaluations = evaluations;
		this.scoring = scoring;
		this.submissions = submissions;
		this.downloads = downloads;
		this.clock = clock;
	}

	UploadedFile forEvaluator(String evaluator, long submissionId, long attachmentId) {
		this.scoring.sheet(evaluator, submissionId);
		return download(evaluator, submissionId, attachmentId);
	}

	UploadedFile forCommittee(String member, long submissionId, long attachmentId) {
		this.evaluations.submitted(submissionId);
		return download(member, submissionId, attachmentId);
	}

	/** The download log of an application, for the office: which file, who, when. */
	@Transactional(readOnly = true)
	List<Downloaded> downloads(long submissionId) {
		Map<Long, String> filenames = this.evaluations.submitted(submissionId)
			.attachments()
			.stream()
			.collect(Collectors.toMap(SubmissionView.AttachmentView::id, SubmissionView.AttachmentView::filename));
		return this.downloads.findBySubmissionIdOrderById(submissionId)
			.stream()
			.map((download) -> new Downloaded(filenames.getOrDefault(download.getAttachmentId(), ""),
					download.getDownloadedBy(), download.getDownloadedAt()))
			.toList();
	}

	private UploadedFile download(String who, long submissionId, long attachmentId) {
		UploadedFile file = this.submissions.attachment(submissionId, attachmentId);
		this.downloads.save(new AttachmentDownload(submissionId, attachmentId, who, this.clock.instant()));
		return file;
	}

	/** One line of the download log. */
	record Downloaded(String filename, String by, Instant at) {

	}

}
