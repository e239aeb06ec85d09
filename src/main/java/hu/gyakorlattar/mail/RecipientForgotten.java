package hu.gyakorlattar.mail;

/**
 * The outbox forgot an address because the person behind it was erased (GDPR art. 17).
 * Published inside the erasure's transaction, so a module that keeps the address next to
 * its own mail (an invitation campaign's recipients) forgets it in the same commit.
 *
 * @param address trimmed and in lower case
 */
public record RecipientForgotten(String address) {

}
