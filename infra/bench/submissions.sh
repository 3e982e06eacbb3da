#!/bin/sh
# Submission benchmark (docs/benchmarks.md): full HTTP stack into MariaDB vs a plain JDBC insert loop.
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password) or INBRENG_TEST_DB_URL; creates a fresh schema.
# Options: -Dbench.clients=8 -Dbench.seconds=15 -Dbench.rate=200 -Dbench.warmup=60 via BENCH_OPTS.
# -Dbench.jar=backend/target/inbreng.jar (after `mvn -B package`): the jar in its own JVM, the load from wrk in a second
# process (apt-get install wrk), JDBC ceiling and HTTP alternating over -Dbench.rounds=3 (ADR 0181).
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -pl backend -am -DskipTests -Dskip.npm -Dskip.installnodenpm test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:frontend/target/classes:$(cat backend/target/bench-classpath.txt)"
exec java $BENCH_OPTS -cp "$CP" nl.inbreng.bench.SubmissionBenchmark
