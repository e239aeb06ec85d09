package hu.gyakorlattar.contactrequest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The spellings of one mailbox and one network count as one. */
class ContactRequestLimitsTests {

	@Test
	void aMailboxIsItsAddressInLowerCaseWithoutItsSubaddress() {
		assertThat(ContactRequestLimits.mailbox(" Anna+Kert@Example.HU ")).isEqualTo("anna@example.hu");
		assertThat(ContactRequestLimits.mailbox("anna@example.hu")).isEqualTo("anna@example.hu");
		assertThat(ContactRequestLimits.mailbox("+anna@example.hu")).isEqualTo("+anna@example.hu");
	}

	@Test
	void anIpv6ClientCountsByItsSlash64AndAnIpv4OneByItself() {
		assertThat(ContactRequestLimits.network("2001:db8:1:2::1"))
			.isEqualTo(ContactRequestLimits.network("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff"));
		assertThat(ContactRequestLimits.network("2001:db8:1:2::1"))
			.isNotEqualTo(ContactRequestLimits.network("2001:db8:1:3::1"));
		assertThat(ContactRequestLimits.network("10.0.0.1")).isEqualTo("10.0.0.1");
		assertThat(ContactRequestLimits.network("::ffff:10.0.0.1")).isEqualTo("10.0.0.1");
	}

}
