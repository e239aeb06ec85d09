package hu.gyakorlattar.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.SingleLine;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an admin types to add or edit a committee member organisation; the logo is
 * optional.
 */
record CommitteeMemberForm(@NotBlank @Size(max = 300) @SingleLine String organisationHu,
		@Size(max = 300) @SingleLine String organisationEn, @Size(max = 40) @SingleLine String abbreviation,
		@NotNull CommitteeMember.Kind kind, MultipartFile logo) {

	static CommitteeMemberForm empty() {
		return new CommitteeMemberForm("", "", "", null, null);
	}

}
