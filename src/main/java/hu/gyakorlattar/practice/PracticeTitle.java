package hu.gyakorlattar.practice;

/**
 * A published practice as other modules name it, e.g. in a choice of practices: the id
 * stays when the title (and so the slug) changes.
 */
public record PracticeTitle(long id, String slug, String title) {

}
