package hu.gyakorlattar.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How accounts are kept.
 *
 * @param requestRetention how long a decided request for an applicant account is kept
 * before it is erased ({@link AccountRequestRetention})
 */
@ConfigurationProperties("gyakorlattar.account")
record AccountProperties(@DefaultValue("P90D") Duration requestRetention) {

}
