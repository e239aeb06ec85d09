/**
 * The committee's evaluation of submitted applications (domain.md §1.3–1.5): the stages
 * from the formal check to the decision with an audit log, evaluators with their
 * conflicts of interest and a balanced assignment, scores per criterion of the call, the
 * committee's ranking, site-visit reports and decisions, the feedback published to every
 * applicant, and the draft knowledge-base practice made from a winner. It moves the
 * application's status only through
 * {@link hu.gyakorlattar.submission.SubmissionManagement#moveTo}.
 */
package hu.gyakorlattar.evaluation;
