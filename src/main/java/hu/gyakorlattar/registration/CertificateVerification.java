package hu.gyakorlattar.registration;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page that the address printed on an attendance certificate opens: whether
 * the certificate is genuine, and whose it is (as long as the retention time keeps the
 * holder's data). An unknown code answers 404 with a page that says so.
 */
@Controller
@PreAuthorize("permitAll()")
class CertificateVerification {

	private final AttendanceCertificates certificates;

	CertificateVerification(AttendanceCertificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/igazolas/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<AttendanceCertificates.Verification> verification = this.certificates.verify(code);
		if (verification.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "registration/certificate-unknown";
		}
		model.addAttribute("verification", verification.get());
		return "registration/certificate";
	}

}
