#!/usr/bin/env bash
# Start-up cost on a busy machine: per run, the wall time from `java` to the first 200 on /health AND the CPU time
# (user + sys of the JVM process, read from /proc at that moment), plus the number of classes loaded. CPU time is
# far less disturbed by other processes than wall time, so variants are compared on it, interleaved A B A B …
#
# Usage: infra/bench/startup-cpu.sh RUNS MODE 'label|java options|jar[|java]' ['label|java options|jar[|java]' …]
#   java: the java launcher of a variant (default: java on the PATH), e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   MODE: fresh (new embedded data folder per run: migrations + demo content), warm (one embedded folder, started
#   once before), mariadb (fresh schema on 127.0.0.1:3306 per run), mariadb-warm (one schema, migrated by a first start
#   before the runs: what a new replica or a restarted pod meets).
# Example: infra/bench/startup-cpu.sh 5 fresh 'plain||backend/target/inbreng.jar' \
#            'cds|-XX:SharedArchiveFile=backend/target/inbreng.jsa|backend/target/inbreng.jar'
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=$1; mode=$2; shift 2
port=${PORT:-18181}
tick=$(getconf CLK_TCK)
out=$(mktemp -d)
warm_dir=$(mktemp -d)

one_run() { # label opts jar java data-dir [extra env…]
  local label=$1 opts=$2 jar=$3 java=${4:-java} dir=$5; shift 5
  local start end pid stat cpu classes
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  env MICRONAUT_SERVER_PORT=$port INBRENG_DATA_DIR="$dir" "$@" "$java" $opts -Xlog:class+load:file="$out/classes.log" \
    -jar "$jar" >"$out/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "start failed, see $out/app.log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  stat=$(cut -d')' -f2 </proc/$pid/stat)
  cpu=$(echo "$stat" | awk -v t="$tick" '{print int(($12 + $13) * 1000 / t)}')
  # the launcher's threads keep the name "java": the main thread that runs Micronaut's start is one of them
  main=0
  for task in /proc/$pid/task/*; do
    if [ "$(cat "$task/comm")" = java ]; then
      main=$(( main + $(cut -d')' -f2 "$task/stat" | awk -v t="$tick" '{print int(($12 + $13) * 1000 / t)}') ))
    fi
  done
  classes=$(grep -c 'source:' "$out/classes.log" || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$label $(( (end - start) / 1000000 )) $cpu $classes $main" | tee -a "$out/results"
}

warm_schema="inbreng_startup_warm_$$"
mariadb_env() { echo DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$1" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=; }
if [ "$mode" = warm ]; then
  IFS='|' read -r _ opts jar java <<<"$1"
  one_run prime "$opts" "$jar" "$java" "$warm_dir" >/dev/null
fi
if [ "$mode" = mariadb-warm ]; then
  mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $warm_schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
  IFS='|' read -r _ opts jar java <<<"$1"
  # shellcheck disable=SC2046
  one_run prime "$opts" "$jar" "$java" "$(mktemp -d)" $(mariadb_env "$warm_schema") >/dev/null
fi
for i in $(seq "$runs"); do
  for variant in "$@"; do
    IFS='|' read -r label opts jar java <<<"$variant"
    case $mode in
      fresh) dir=$(mktemp -d); one_run "$label" "$opts" "$jar" "$java" "$dir"; rm -rf "$dir" ;;
      warm) one_run "$label" "$opts" "$jar" "$java" "$warm_dir" ;;
      mariadb)
        schema="inbreng_startup_${i}_$$"
        mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
        dir=$(mktemp -d)
        one_run "$label" "$opts" "$jar" "$java" "$dir" DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$schema" \
          DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
        mariadb -h127.0.0.1 -uroot -e "DROP DATABASE $schema"; rm -rf "$dir" ;;
      mariadb-warm)
        # a new data folder each run: the search index is rebuilt from the database, as on a new replica
        dir=$(mktemp -d)
        # shellcheck disable=SC2046
        one_run "$label" "$opts" "$jar" "$java" "$dir" $(mariadb_env "$warm_schema")
        rm -rf "$dir" ;;
    esac
  done
done >/dev/null
rm -rf "$warm_dir"
if [ "$mode" = mariadb-warm ]; then mariadb -h127.0.0.1 -uroot -e "DROP DATABASE $warm_schema"; fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "label: median wall ms | median CPU ms (user+sys, all threads) | median main-thread CPU ms | classes loaded   (n=$runs each, mode $mode)"
for label in $(awk '{print $1}' "$out/results" | awk '!seen[$0]++'); do
  awk -v l="$label" '$1 == l' "$out/results" | awk -v l="$label" '
    {w[NR]=$2; c[NR]=$3; k[NR]=$4; t[NR]=$5}
    END {
      n = asort(w); asort(c); asort(k); asort(t); m = int((n + 1) / 2)
      printf "%s: wall %d ms (%d-%d) | CPU %d ms (%d-%d) | main %d ms (%d-%d) | %d classes\n", l, w[m], w[1], w[n], c[m], c[1], c[n], t[m], t[1], t[n], k[m]
    }'
done
rm -rf "$out"
