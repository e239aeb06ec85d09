package hu.gyakorlattar.account;

import java.time.Instant;

/**
 * The office approved an applicant to act for a municipality: by inviting them for it, by
 * moving their account to it, or by approving their request (for a new account or an
 * existing one). Whoever keeps who acts for which municipality records it. The approver
 * is {@code null} for an invitation, which does not name its admin.
 */
public record ApplicantAccountApproved(String email, String kshCode, String approvedBy, Instant approvedAt) {

}
