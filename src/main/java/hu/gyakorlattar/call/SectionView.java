package hu.gyakorlattar.call;

/** A section of a call's application form: must it be filled, and how long may it be. */
public record SectionView(SectionKind kind, boolean required, int maxLength) {

}
