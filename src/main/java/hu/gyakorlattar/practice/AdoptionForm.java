package hu.gyakorlattar.practice;

import jakarta.validation.constraints.Size;

/** A municipality's short note on how it adapts a practice. */
record AdoptionForm(@Size(max = 1000) String note) {

}
