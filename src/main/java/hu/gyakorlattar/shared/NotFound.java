package hu.gyakorlattar.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Whatever a URL names does not exist: the visitor gets the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found");
	}

}
