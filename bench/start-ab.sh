#!/usr/bin/env bash
# The fast start (README, "Faster start": AOT-processed beans and class-data sharing) of two commits, taken in turn.
# On a machine whose speed drifts (a shared virtual machine's did by a fifth within an hour), only starts taken in
# turn compare; a change of a few hundred milliseconds needs several rounds.
#
#   bench/start-ab.sh <commit A> <commit B> [rounds, default 5]
#
# Builds each commit in a worktree of its own, extracts its jar, starts it once as a new installation and once more
# to write its class-data archive, then starts A and B in turn, each on its own ./data, and prints each start's time
# to Spring's "Started" and to the first ready answer, and the means. Hold the build lock on a shared machine:
# flock /tmp/mvn.lock bench/start-ab.sh main HEAD
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/embedded-start.sh
. bench/worktrees.sh
A=$(git rev-parse --short "$1")
B=$(git rev-parse --short "$2")
ROUNDS=${3:-5}
PORT=${PORT:-18095}
APP=""
WORK=$(mktemp -d /tmp/gyakorlattar-start-ab-XXXX)
cleanup() {
	[ -z "$APP" ] || kill "$APP" 2> /dev/null || true
	remove_worktrees
	rm -rf "$WORK"
}
trap cleanup EXIT

# prepare <a|b> <commit>: build, extract, first start, training run
prepare() {
	build_commit "$1" "$2"
	mkdir -p "$WORK/$1"
	java -Djarmode=tools -jar "$WORK/$1-src/target/gyakorlattar-0.1.0-SNAPSHOT.jar" extract --destination "$WORK/$1/app" > /dev/null
	embedded_start "$WORK/$1" "$PORT" "$WORK/$1/first.log" app/gyakorlattar-0.1.0-SNAPSHOT.jar -Dspring.aot.enabled=true
	embedded_start "$WORK/$1" "$PORT" "$WORK/$1/training.log" app/gyakorlattar-0.1.0-SNAPSHOT.jar \
		-Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=app/app.jsa
	echo "[start-ab] $2 built and trained" >&2
}

prepare a "$A"
prepare b "$B"
printf '%-6s %-10s %12s %12s\n' round commit started_ms ready_ms
for round in $(seq 1 "$ROUNDS"); do
	for side in a b; do
		commit=$A
		[ "$side" = b ] && commit=$B
		embedded_start "$WORK/$side" "$PORT" "$WORK/$side/start.log" app/gyakorlattar-0.1.0-SNAPSHOT.jar \
			-Dspring.aot.enabled=true -XX:SharedArchiveFile=app/app.jsa
		started=$(started_in "$WORK/$side/start.log")
		printf '%-6s %-10s %12s %12s\n' "$round" "$commit" "$started" "$READY_MS"
		echo "$side $started $READY_MS" >> "$WORK/times"
	done
done
awk -v a="$A" -v b="$B" '{ n[$1]++; s[$1] += $2; r[$1] += $3 }
	END { printf "mean   %-10s %12d %12d\nmean   %-10s %12d %12d\n", a, s["a"] / n["a"], r["a"] / n["a"], b, s["b"] / n["b"], r["b"] / n["b"] }' "$WORK/times"
