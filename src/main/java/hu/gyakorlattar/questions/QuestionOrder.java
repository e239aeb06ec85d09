package hu.gyakorlattar.questions;

import java.util.Comparator;

/** How a list of questions is sorted: most votes first, or newest first; pinned first. */
enum QuestionOrder {

	VOTES, TIME;

	static QuestionOrder of(String parameter) {
		return "ido".equals(parameter) ? TIME : VOTES;
	}

	String parameter() {
		return (this == TIME) ? "ido" : "szavazat";
	}

	Comparator<QuestionView> comparator() {
		Comparator<QuestionView> newest = Comparator.comparing(QuestionView::askedAt)
			.reversed()
			.thenComparing(Comparator.comparingLong(QuestionView::id).reversed());
		Comparator<QuestionView> pinnedFirst = Comparator.comparing((QuestionView q) -> !q.pinned());
		return (this == TIME) ? pinnedFirst.thenComparing(newest)
				: pinnedFirst.thenComparing(Comparator.comparingInt(QuestionView::votes).reversed())
					.thenComparing(Comparator.comparing(QuestionView::askedAt))
					.thenComparing(QuestionView::id);
	}

}
