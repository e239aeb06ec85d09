package hu.gyakorlattar.conference;

import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import hu.gyakorlattar.shared.InputFormats;
import hu.gyakorlattar.shared.SingleLine;

/**
 * One agenda slot on the conference's day, with its speakers chosen from the conference's
 * people; the title has an optional English version.
 */
record AgendaItemForm(@NotNull @InputFormats.Time LocalTime start, @NotNull @InputFormats.Time LocalTime end,
		@NotNull AgendaItemKind kind, @NotBlank @Size(max = 500) @SingleLine String title, List<Long> speakerIds,
		@Size(max = 500) @SingleLine String titleEn) {

	AgendaItemForm {
		speakerIds = (speakerIds != null) ? List.copyOf(speakerIds) : List.of();
	}

	/** A slot titled in Hungarian only. */
	AgendaItemForm(LocalTime start, LocalTime end, AgendaItemKind kind, String title, List<Long> speakerIds) {
		this(start, end, kind, title, speakerIds, "");
	}

	static AgendaItemForm startingAt(LocalTime start) {
		return new AgendaItemForm(start, null, AgendaItemKind.TALK, "", List.of());
	}

}
