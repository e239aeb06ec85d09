#!/bin/sh
# Knowledge-base search benchmark: ./bench/practice-search.sh [practices] [rounds]
# Builds the application, compiles the benchmark against it and runs it on a throw-away
# embedded PostgreSQL and a temporary index directory. Not part of ./mvnw verify.
# BENCH_JAVA_OPTS adds JVM options, e.g. a flight recording:
#   BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/search.jfr,settings=profile
set -e
cd "$(dirname "$0")/.."
if [ -z "$BENCH_SKIP_BUILD" ]; then
	./mvnw -q -Dspring-javaformat.skip=true compile dependency:build-classpath \
		-Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
fi
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes
javac -nowarn -d target/bench-classes -cp "$CP" bench/src/hu/gyakorlattar/practice/PracticeSearchBench.java
java -Xmx6g $BENCH_JAVA_OPTS -cp "target/bench-classes:$CP" hu.gyakorlattar.practice.PracticeSearchBench "${1:-10000}" "${2:-40}"
