package hu.gyakorlattar.questions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the Q&A behaves: how many questions a participant may send per minute (a flood gets
 * a friendly message), how many live streams one instance keeps open at most, how long a
 * stream lives before the browser reconnects, and how often idle streams are pinged
 * (which also finds the closed ones), the window in which a burst of changes is told to
 * the pages once, and how many streams one instance keeps for one registration (a few
 * tabs or devices) and for one client address (a municipal office behind one NAT address
 * may have dozens of colleagues following) before it closes their oldest.
 */
@ConfigurationProperties("gyakorlattar.questions")
record QuestionsProperties(@DefaultValue("3") int perParticipantPerMinute, @DefaultValue("5000") int maxStreams,
		@DefaultValue("PT30M") Duration streamTimeout, @DefaultValue("PT20S") Duration heartbeat,
		@DefaultValue("PT0.5S") Duration coalesce, @DefaultValue("3") int streamsPerRegistration,
		@DefaultValue("50") int streamsPerAddress) {
}
