package hu.gyakorlattar.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.jspecify.annotations.Nullable;

/**
 * Browsers send a line break in a text area as CR LF but count it as one character
 * against {@code maxlength}. Every submitted text is read with LF line breaks, so a
 * length limit counts as the browser did, and a text saved unchanged stays as it was.
 */
@ControllerAdvice
class LineBreaks {

	@InitBinder
	void readLineBreaksAsLf(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(@Nullable String text) {
				setValue((text != null) ? text.replace("\r\n", "\n") : null);
			}

		});
	}

}
