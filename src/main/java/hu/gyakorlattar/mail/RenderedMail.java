package hu.gyakorlattar.mail;

/**
 * A mail as its recipient will read it, for a preview: the subject, the plain-text part
 * and the HTML part.
 */
public record RenderedMail(String subject, String text, String html) {

}
