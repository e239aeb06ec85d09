package hu.gyakorlattar.evaluation;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.InputFormats;

/** A site visit's report: how and when the committee visited, and what it found. */
record SiteVisitForm(@NotNull SiteVisit.Mode mode, @NotNull @InputFormats.Date LocalDate visitedOn,
		@NotBlank @Size(max = 10000) String report) implements Serializable {

}
