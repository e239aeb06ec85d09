package hu.gyakorlattar.evaluation;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** The office names a call's voting committee and the rules it decides by. */
record CommitteeForm(List<String> members, @NotNull Quorum quorum, @NotNull Majority majority) {

	CommitteeForm {
		members = (members != null) ? List.copyOf(members) : List.of();
	}

}
