package hu.gyakorlattar.practice;

/**
 * What the evaluation hands over when a winning or good-practice application becomes a
 * draft practice: the application's texts, its municipality, cycle and theme, the award,
 * and the application it came from.
 */
public record PracticeDraft(long submissionId, String title, String summary, String problem, String solution,
		String implementation, String partners, String resources, String results, String innovation,
		String sustainability, String transferability, String kshCode, int cycleYear, long themeId,
		AwardLevel awardLevel, String contactEmail) {

}
