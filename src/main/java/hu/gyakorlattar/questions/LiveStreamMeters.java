package hu.gyakorlattar.questions;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/** The live Q&A streams (server-sent events) open on this instance. */
@Component
class LiveStreamMeters implements MeterBinder {

	private final LiveQuestions live;

	LiveStreamMeters(LiveQuestions live) {
		this.live = live;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gyakorlattar.questions.live.streams", this.live, LiveQuestions::openStreams)
			.description("Live question streams (server-sent events) open on this instance")
			.register(registry);
	}

}
