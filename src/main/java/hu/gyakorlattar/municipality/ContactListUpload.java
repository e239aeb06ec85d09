package hu.gyakorlattar.municipality;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of a contact list. */
record ContactListUpload(MultipartFile file) {

}
