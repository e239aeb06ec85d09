# Sourced by bench/run and bench/start-ab.sh: the packaged application on the embedded default (no database
# configured), started in a directory of its own (its ./data) and timed, as a newcomer runs it.

# started_in <log>: the JVM's time from its start to Spring's "Started", in ms
started_in() {
	grep -o 'process running for [0-9.]*' "$1" | tail -1 | awk '{printf "%.0f", $4 * 1000}'
}

# embedded_start <directory> <port> <log> <jar> [JVM options...]: starts it, waits for the readiness probe and
# stops it; sets READY_MS, from the launch to the first ready answer. APP holds the process while it runs, for a
# caller's clean-up.
embedded_start() {
	local dir=$1 port=$2 log=$3 jar=$4 launched
	shift 4
	launched=$(date +%s%N)
	(cd "$dir" && exec "${JAVA:-java}" "$@" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
		> "$log" 2>&1) &
	APP=$!
	for _ in $(seq 1 600); do
		if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1; then break; fi
		if ! kill -0 "$APP" 2> /dev/null; then tail -40 "$log" >&2; exit 1; fi
		sleep 0.1
	done
	READY_MS=$((($(date +%s%N) - launched) / 1000000))
	kill "$APP" 2> /dev/null || true
	wait "$APP" 2> /dev/null || true
	APP=""
}
