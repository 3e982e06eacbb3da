#!/bin/sh
# Search benchmark (docs/benchmarks.md, issue 4): Lucene (real Dutch analysis and SubmissionSearch) vs MariaDB LIKE and FULLTEXT.
# Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no password); creates and drops a fresh inbreng_bench_<millis> schema.
# Options via BENCH_OPTS: -Dbench.n=100000 -Dbench.queries=200 -Dbench.db-url=jdbc:mysql://127.0.0.1:3306/ -Dbench.db-user=root -Dbench.db-password=
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -pl backend -am -DskipTests -Dskip.npm -Dskip.installnodenpm test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:frontend/target/classes:$(cat backend/target/bench-classpath.txt)"
exec java $BENCH_OPTS -cp "$CP" nl.inbreng.bench.SearchBenchmark
