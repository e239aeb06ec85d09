package hu.gyakorlattar.evaluation;

import java.util.EnumMap;
import java.util.Map;

import hu.gyakorlattar.call.CriterionKind;

/**
 * An evaluator's scores and comments, one of each per criterion of the call
 * ({@code scores[RELEVANCE]}, {@code comments[RELEVANCE]}). A mutable bean, because the
 * binder fills maps by key.
 */
class ScoreForm {

	static final int COMMENT_MAX = 3000;

	private Map<CriterionKind, Integer> scores = new EnumMap<>(CriterionKind.class);

	private Map<CriterionKind, String> comments = new EnumMap<>(CriterionKind.class);

	static ScoreForm of(Map<CriterionKind, Assignment.Score> saved) {
		ScoreForm form = new ScoreForm();
		saved.forEach((kind, score) -> {
			form.scores.put(kind, score.score());
			form.comments.put(kind, score.comment());
		});
		return form;
	}

	Integer score(CriterionKind kind) {
		return this.scores.get(kind);
	}

	String comment(CriterionKind kind) {
		String comment = this.comments.get(kind);
		return (comment != null) ? comment.strip() : "";
	}

	/** The longest comment, shown under each comment field as the evaluator types. */
	public int getCommentMax() {
		return COMMENT_MAX;
	}

	public Map<CriterionKind, Integer> getScores() {
		return this.scores;
	}

	public void setScores(Map<CriterionKind, Integer> scores) {
		this.scores = scores;
	}

	public Map<CriterionKind, String> getComments() {
		return this.comments;
	}

	public void setComments(Map<CriterionKind, String> comments) {
		this.comments = comments;
	}

}
