#!/usr/bin/env bash
# Measures how many registrations per second the API sustains on this machine against the embedded
# PostgreSQL: packages the app, starts it on port 8092 with a throw-away database and the rate limits
# lifted, runs bench/RegistrationLoad.java with 1, 4 and 16 clients, and stops the app it started.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8092}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-30}
WORK=$(mktemp -d /tmp/gyakorlattar-bench-XXXX)
DB_DIR="$WORK/postgres"

if [ ! -f target/gyakorlattar-*.jar ] || [ "${REBUILD:-0}" = 1 ]; then
	./mvnw -q package -DskipTests
fi
JAR=$(ls target/gyakorlattar-*.jar | grep -v plain | head -1)

java -jar "$JAR" --server.port="$PORT" --gyakorlattar.embedded-database.directory="$DB_DIR" \
	--gyakorlattar.registration.per-address-per-minute=100000000 \
	--gyakorlattar.registration.per-email-per-hour=1000 \
	--logging.level.root=WARN > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

for i in $(seq 1 120); do
	if curl -fs "http://localhost:$PORT/actuator/health" > /dev/null; then break; fi
	if ! kill -0 $APP 2>/dev/null; then tail -30 "$WORK/app.log"; exit 1; fi
	sleep 1
done
# The demo conference open for registration is the second one.
CONFERENCE=${CONFERENCE:-2}
for CLIENTS in ${CLIENTS_LIST:-1 4 16}; do
	java bench/RegistrationLoad.java "http://localhost:$PORT" "$CONFERENCE" "$CLIENTS" "$SECONDS_PER_RUN"
done
