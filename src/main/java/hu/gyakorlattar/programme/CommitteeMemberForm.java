package hu.gyakorlattar.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an admin types to add or edit a committee member organisation; the logo is
 * optional.
 */
record CommitteeMemberForm(@NotBlank @Size(max = 300) String organisationHu, @Size(max = 300) String organisationEn,
		@Size(max = 40) String abbreviation, @NotNull CommitteeMember.Kind kind, MultipartFile logo) {

	static CommitteeMemberForm empty() {
		return new CommitteeMemberForm("", "", "", null, null);
	}

}
