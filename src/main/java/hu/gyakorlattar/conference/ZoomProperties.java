package hu.gyakorlattar.conference;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the conferences reach Zoom ({@link ZoomMeetings}): its API and OAuth addresses, the
 * server-to-server app's account and credentials (no account: no Zoom), and how long a
 * call may take to connect and to answer.
 */
@ConfigurationProperties("gyakorlattar.zoom")
record ZoomProperties(@DefaultValue("https://api.zoom.us/v2") String apiUrl,
		@DefaultValue("https://zoom.us/oauth/token") String oauthUrl, @DefaultValue("") String accountId,
		@DefaultValue("") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout) {

}
