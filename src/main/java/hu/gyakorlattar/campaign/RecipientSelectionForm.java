package hu.gyakorlattar.campaign;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import hu.gyakorlattar.municipality.ContactSelection;
import hu.gyakorlattar.municipality.LegalStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Which municipalities' contacts receive a campaign: counties, legal statuses and a
 * population band, each optional; nothing chosen means every contact.
 */
record RecipientSelectionForm(Set<String> counties, Set<LegalStatus> statuses,
		@Min(0) @Max(10_000_000) Integer minPopulation, @Min(0) @Max(10_000_000) Integer maxPopulation) {

	RecipientSelectionForm {
		// An empty option binds as null or blank: it chooses nothing.
		counties = (counties != null) ? counties.stream()
			.filter((county) -> county != null && !county.isBlank())
			.collect(Collectors.toUnmodifiableSet()) : Set.of();
		statuses = (statuses != null)
				? statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()) : Set.of();
	}

	static RecipientSelectionForm everyone() {
		return new RecipientSelectionForm(Set.of(), Set.of(), null, null);
	}

	boolean bandReversed() {
		return this.minPopulation != null && this.maxPopulation != null && this.minPopulation > this.maxPopulation;
	}

	ContactSelection toSelection() {
		return new ContactSelection(this.counties, this.statuses, this.minPopulation, this.maxPopulation);
	}

}
