#!/usr/bin/env bash
# Live Q&A under load: 2,000 SSE viewers (override with VIEWERS) connected to one conference's
# participant pages; how long an approved question takes to reach them (median, p95, p99, max, and the
# last viewer per round), then how many questions per second 16 participants get accepted through the
# form while the viewers stay connected (auto-approval off, then on). Runs the whole application on a
# throw-away embedded PostgreSQL on a random port (LiveQuestionsBenchmark, skipped in ordinary builds).
set -euo pipefail
cd "$(dirname "$0")/.."
VIEWERS=${VIEWERS:-2000}
ROUNDS=${ROUNDS:-30}
./mvnw -q test -Dtest=LiveQuestionsBenchmark -Dbench=true -Dbench.viewers="$VIEWERS" \
	-Dbench.rounds="$ROUNDS" -Dsurefire.failIfNoSpecifiedTests=false | tee /tmp/questions-live-bench.log
grep '^bench:' /tmp/questions-live-bench.log | sort -u > "bench/results-questions-live-$VIEWERS.txt"
cat "bench/results-questions-live-$VIEWERS.txt"
