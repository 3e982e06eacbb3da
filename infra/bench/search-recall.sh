#!/bin/sh
# Search recall benchmark (docs/benchmarks.md, issue 13): the golden queries over the demo corpus in Inbreng's search,
# plain Lucene DutchAnalyzer and MariaDB FULLTEXT, in one run. Needs MariaDB/MySQL on 127.0.0.1:3306 (root, no
# password); creates and drops a fresh inbreng_recall_<millis> schema.
# Options via BENCH_OPTS: -Dbench.perQuery=true (one line per query) -Dbench.db-url=jdbc:mysql://127.0.0.1:3306/
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -pl backend -am -DskipTests -Dskip.npm -Dskip.installnodenpm test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="backend/target/test-classes:backend/target/classes:frontend/target/classes:$(cat backend/target/bench-classpath.txt)"
exec java $BENCH_OPTS -cp "$CP" nl.inbreng.bench.SearchRecallBenchmark
