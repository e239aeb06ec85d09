#!/usr/bin/env bash
# The knowledge-base search of two commits, taken in turn on the same kept bench directory: the CPU one search costs
# (the application's process during bench/run's measured search) and its p50, beside the bare query of each run.
# This machine's speed drifts by a fifth within an hour and single runs of one build differ by a sixth, so a change
# of a few per cent shows only in rounds taken in turn.
#
#   bench/search-ab.sh <kept bench directory> <commit A> <commit B> [rounds, default 3]
#
# The directory is one that `KEEP=1 SCENARIOS=search bench/run` left with its 100,000 practices. Builds each commit in
# a worktree of its own and runs `SCENARIOS=search REUSE=<directory> bench/run` with A's jar, then B's, each round;
# the runs' own results are not kept in bench/results. About 4 minutes per run. Hold the build lock on a shared
# machine: flock /tmp/mvn.lock bench/search-ab.sh /tmp/gyakorlattar-bench-XXXX main HEAD
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/worktrees.sh
REUSE=$1
A=$(git rev-parse --short "$2")
B=$(git rev-parse --short "$3")
ROUNDS=${4:-3}
WORK=$(mktemp -d /tmp/gyakorlattar-search-ab-XXXX)
cleanup() {
	remove_worktrees
	rm -rf "$WORK"
}
trap cleanup EXIT

build_commit a "$A"
echo "[search-ab] $A built" >&2
build_commit b "$B"
echo "[search-ab] $B built" >&2
printf '%-6s %-10s %10s %8s %12s %16s %16s %14s\n' round commit cpu_ms p50_ms bare_p50_ms bare_facets_cpu_ms \
	unseen_cpu_ms unseen_p50_ms
for round in $(seq 1 "$ROUNDS"); do
	for side in a b; do
		commit=$A
		[ "$side" = b ] && commit=$B
		APP_JAR="$WORK/$side-src/target/gyakorlattar-0.1.0-SNAPSHOT.jar" APP_COMMIT="$commit" REBUILD=0 \
			SCENARIOS=search REUSE="$REUSE" bench/run > "$WORK/run.log" 2>&1 ||
			{ tail -30 "$WORK/run.log" >&2; echo "the run of $commit failed" >&2; exit 1; }
		json=$(sed -n 's/.*recorded in .* and \(bench\/results\/.*\.json\)$/\1/p' "$WORK/run.log")
		jq -r --arg round "$round" --arg commit "$commit" \
			'[$round, $commit, .search.cpu_ms, .search.p50_ms, .search.bare_p50_ms, .search.bare_counting_facets_cpu_ms,
				.search.unseen_cpu_ms, .search.unseen_p50_ms] | @tsv' "$json" | tee -a "$WORK/runs" |
			awk -F '\t' '{ printf "%-6s %-10s %10.1f %8d %12.0f %16.1f %16.1f %14d\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
		rm -f "$json" "${json%.json}.md"
	done
done
awk -F '\t' -v a="$A" -v b="$B" '{ n[$2]++; c[$2] += $3; p[$2] += $4; uc[$2] += $7; up[$2] += $8 }
	END { for (i = 1; i <= 2; i++) { k = (i == 1) ? a : b
		printf "mean   %-10s %10.1f %8d %12s %16s %16.1f %14d\n", k, c[k] / n[k], p[k] / n[k], "", "", uc[k] / n[k], up[k] / n[k] } }' \
	"$WORK/runs"
