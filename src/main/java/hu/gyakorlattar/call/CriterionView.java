package hu.gyakorlattar.call;

/** An evaluation criterion of a call and its relative weight (never 0 here). */
public record CriterionView(CriterionKind kind, int weight) {

}
