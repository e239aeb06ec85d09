package hu.gyakorlattar.practice;

import java.util.List;

/**
 * What the evaluation hands over when a winning or good-practice application becomes a
 * draft practice: the application's texts, each for the field it belongs to, its
 * municipalities (the applicant first, then the partners of a joint application), cycle
 * and theme, the award, the application it came from, and its files.
 */
public record PracticeDraft(long submissionId, String title, String summary, String problem, String solution,
		String implementation, String partners, String resources, String results, String innovation,
		String sustainability, String transferability, List<String> kshCodes, int cycleYear, long themeId,
		AwardLevel awardLevel, String contactEmail, List<File> files) {

	public PracticeDraft {
		kshCodes = List.copyOf(kshCodes);
		files = List.copyOf(files);
	}

	/** One of the application's attachments. */
	public record File(String fileName, byte[] content) {

	}

}
