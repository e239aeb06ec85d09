/**
 * The committee's evaluation of submitted applications (domain.md §1.3–1.5): the stages
 * from the formal check to the decision with an audit log, evaluators with their
 * conflicts of interest, a balanced assignment (each evaluator told by mail, reminded
 * before the call's evaluation deadline, and shown late after it), scores per criterion
 * of the call, the applications' attachments for evaluators and the committee (every
 * download logged), the committee's ranking (raw and normalised per evaluator, warned
 * where evaluations are missing; a flagged spread settled by a third evaluator or a
 * written resolution), site-visit reports, the decisions the call's committee takes by a
 * recorded vote (quorum, majority, conflicts excluded) with their printed minutes, the
 * feedback published to every applicant in their language, and the draft knowledge-base
 * practice made from a winner (its sections mapped to the practice's fields, its files).
 * It is the one owner of an application's stage and keeps its one audit log; the
 * applicant's status follows its events
 * ({@link hu.gyakorlattar.evaluation.EvaluationStageChanged},
 * {@link hu.gyakorlattar.evaluation.ResultsPublished}). People are shown by name, never
 * by e-mail address.
 */
@NullMarked
package hu.gyakorlattar.evaluation;

import org.jspecify.annotations.NullMarked;
