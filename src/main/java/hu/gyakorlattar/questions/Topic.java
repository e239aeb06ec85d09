package hu.gyakorlattar.questions;

/** An agenda item one may ask about. */
record Topic(long id, String title) {

}
