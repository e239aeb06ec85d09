package hu.gyakorlattar.call;

/**
 * An evaluation criterion of the Council of Europe's Best Practice Programme (domain.md
 * §1.5); names and descriptions are the messages {@code call.criterion.<KIND>} and
 * {@code call.criterion.<KIND>.description}.
 */
public enum CriterionKind {

	RELEVANCE, IMPACT, EFFICIENCY, COMMUNITY_PARTICIPATION, REPLICABILITY, OWN_RESOURCES, INNOVATION, LOCAL_INITIATIVE

}
