package hu.gyakorlattar.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How applications are taken.
 *
 * @param attachmentMaxBytes the largest attachment an applicant may upload (10 MiB); the
 * upload as a whole is limited by {@code spring.servlet.multipart.max-file-size} before
 * it is read
 */
@ConfigurationProperties("gyakorlattar.submission")
record SubmissionProperties(@DefaultValue("10485760") int attachmentMaxBytes) {

}
