package hu.gyakorlattar.questions;

import hu.gyakorlattar.shared.Bilingual;

/** An agenda item one may ask about. */
record Topic(long id, Bilingual title) {

}
