#!/usr/bin/env bash
# Time from `java -jar` to the first 200 on /health, N runs each:
#   fresh embedded (empty data folder: migrations + demo content), warm embedded (same folder again),
#   MariaDB (fresh schema on 127.0.0.1:3306, root without password).
# Usage: infra/bench/startup.sh [runs]   (after `mvn -B package`; needs curl and the mariadb client for the last case)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=${JAR:-backend/target/inbreng.jar}
port=18080

time_to_health() {
  local start end pid
  start=$(date +%s%N)
  env MICRONAUT_SERVER_PORT=$port "$@" java -jar "$jar" >/tmp/inbreng-startup.log 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null; do sleep 0.02; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

summary() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms (min %d, max %d, n=%d)\n", a[int((NR+1)/2)], a[1], a[NR], NR}'; }

echo "fresh embedded:"
for _ in $(seq "$runs"); do dir=$(mktemp -d); time_to_health INBRENG_DATA_DIR="$dir"; rm -rf "$dir"; done | summary
echo "warm embedded:"
dir=$(mktemp -d); time_to_health INBRENG_DATA_DIR="$dir" >/dev/null
for _ in $(seq "$runs"); do time_to_health INBRENG_DATA_DIR="$dir"; done | summary
rm -rf "$dir"
echo "MariaDB (fresh schema each run):"
for i in $(seq "$runs"); do
  schema="inbreng_startup_${i}_$$"
  mariadb -h127.0.0.1 -uroot -e "CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
  dir=$(mktemp -d)
  time_to_health INBRENG_DATA_DIR="$dir" DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$schema" \
    DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=
  mariadb -h127.0.0.1 -uroot -e "DROP DATABASE $schema"; rm -rf "$dir"
done | summary
