/**
 * The people who sign in: their accounts and roles (admin, committee member, evaluator,
 * municipality applicant), sign-in and sign-out, invitations and password resets by
 * one-use links, the profile page, and the security rules every other module's pages rely
 * on. No answer here reveals whether an e-mail address has an account.
 */
@NullMarked
package hu.gyakorlattar.account;

import org.jspecify.annotations.NullMarked;
