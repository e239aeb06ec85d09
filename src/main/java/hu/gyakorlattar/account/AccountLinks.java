package hu.gyakorlattar.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import hu.gyakorlattar.shared.SiteAddress;
import hu.gyakorlattar.shared.RandomTokens;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The one-use links that set a password: a new link ends the account's earlier unused
 * links of its kind, and only a token's hash is stored.
 */
@Component
class AccountLinks {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final AccountTokenRepository tokens;

	private final Clock clock;

	private final String baseUrl;

	AccountLinks(AccountTokenRepository tokens, Clock clock, SiteAddress site) {
		this.tokens = tokens;
		this.clock = clock;
		this.baseUrl = site.baseUrl();
	}

	/**
	 * A new link for a new account to set its password, replacing any earlier one; the
	 * caller mails it through the outbox, confidentially.
	 */
	String invitationLink(Account account) {
		return newLink(account, AccountToken.Purpose.INVITATION, INVITATION_VALIDITY);
	}

	/** A new link replaces the account's earlier unused links of the same purpose. */
	String newLink(Account account, AccountToken.Purpose purpose, Duration validity) {
		end(account, purpose);
		String token = RandomTokens.ofBytes(32);
		Instant now = this.clock.instant();
		this.tokens.save(new AccountToken(account, hash(token), purpose, now, now.plus(validity)));
		return this.baseUrl + "/jelszo-beallitas/" + token;
	}

	/** Ends the account's unused links of the purpose, or of every purpose. */
	void end(Account account, AccountToken.@Nullable Purpose purpose) {
		Instant now = this.clock.instant();
		this.tokens.findByAccountAndUsedAtIsNull(account)
			.stream()
			.filter((link) -> purpose == null || link.getPurpose() == purpose)
			.forEach((link) -> link.use(now));
	}

	Optional<AccountToken> usable(@Nullable String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(hash(token)).filter((found) -> found.usableAt(this.clock.instant()));
	}

	/** The SHA-256 of a text, in hex: how tokens are stored and addresses are logged. */
	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
