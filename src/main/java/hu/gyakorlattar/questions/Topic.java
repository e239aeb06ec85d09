package hu.gyakorlattar.questions;

import java.time.Instant;

import hu.gyakorlattar.shared.Bilingual;

/**
 * An agenda item one may ask about, with its start: two question blocks of a day often
 * share their title.
 */
record Topic(long id, Instant startsAt, Bilingual title) {

}
