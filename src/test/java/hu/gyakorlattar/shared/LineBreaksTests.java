package hu.gyakorlattar.shared;

import org.junit.jupiter.api.Test;

import org.springframework.web.bind.WebDataBinder;

import static org.assertj.core.api.Assertions.assertThat;

/** A text area's CR LF line breaks are read as LF; other text is left alone. */
class LineBreaksTests {

	@Test
	void aBrowsersLineBreaksAreReadAsOneCharacterEach() {
		WebDataBinder binder = new WebDataBinder(null);
		new LineBreaks().readLineBreaksAsLf(binder);
		assertThat(binder.convertIfNecessary("Első sor\r\nMásodik sor\r\n", String.class))
			.isEqualTo("Első sor\nMásodik sor\n");
		assertThat(binder.convertIfNecessary("Kovács\rÉva", String.class)).isEqualTo("Kovács\rÉva");
		assertThat(binder.convertIfNecessary("  szóközök  ", String.class)).isEqualTo("  szóközök  ");
	}

}
