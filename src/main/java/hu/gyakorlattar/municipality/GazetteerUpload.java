package hu.gyakorlattar.municipality;

import org.springframework.web.multipart.MultipartFile;

/** The upload form of a newer gazetteer file. */
record GazetteerUpload(MultipartFile file) {

}
