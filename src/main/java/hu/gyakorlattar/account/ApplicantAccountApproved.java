package hu.gyakorlattar.account;

import java.time.Instant;

/**
 * The office approved an applicant's request to act for a municipality, for a new account
 * or an existing one: whoever keeps who acts for which municipality records it.
 */
public record ApplicantAccountApproved(String email, String kshCode, String approvedBy, Instant approvedAt) {

}
