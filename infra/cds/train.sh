#!/usr/bin/env bash
# Writes an application class-data-sharing archive (AppCDS, JDK 17) for the jar: starts it once on a throwaway
# embedded database with demo content, asks what a first visitor asks (health, portal, themes, areas, rounds, one
# input), stops it, and the JVM writes every class it loaded to the archive. A start with
# `java -XX:SharedArchiveFile=ARCHIVE -jar JAR` then maps those classes instead of reading, parsing and verifying
# them again (docs/benchmarks.md, issue 19). The archive fits only this jar at this path with this JDK; with any other
# the JVM warns and starts without it.
# Usage: infra/cds/train.sh JAR ARCHIVE [PORT]     (bash only: no curl needed, so it also runs in the Docker build)
# An ARCHIVE ending in .aot asks a JDK 25 or later (JAVA=/path/to/bin/java) for an AOT cache instead (JEP 483/515),
# to be used with -XX:AOTCache=ARCHIVE: measured for the team in docs/benchmarks.md (issue 19, ADR 0182), not shipped.
set -euo pipefail
jar=$1
archive=$2
port=${3:-18089}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $archive in
  *.aot) dump="-XX:AOTCacheOutput=$archive" ;;
  *) dump="-XX:ArchiveClassesAtExit=$archive" ;;
esac
MICRONAUT_SERVER_PORT=$port INBRENG_DATA_DIR="$work/data" INBRENG_DEMO_DATA=true \
  "${JAVA:-java}" "$dump" -jar "$jar" >"$work/train.log" 2>&1 &
pid=$!

# one HTTP/1.0 exchange over bash's /dev/tcp; prints the status line
http() { # method path [json body]
  local body=${3:-}
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "${#body}" "$body" >&3
  head -n 1 <&3 || true
  exec 3>&-
}

for _ in $(seq 1200); do
  kill -0 "$pid" 2>/dev/null || { cat "$work/train.log" >&2; echo "the jar stopped during training" >&2; exit 1; }
  if http GET /health 2>/dev/null | grep -q ' 200'; then
    break
  fi
  sleep 0.1
done
for path in / /inbreng /kraam /admin/ /api/v1/themes /api/v1/areas /api/v1/rounds /api/v1/identity; do
  http GET "$path" >/dev/null || true
done
http POST /api/v1/submissions '{"themeCodes":["3.1"],"problem":"Oefenen voor het archief van klassen.","respondentType":"INWONER"}' \
  | grep -q ' 201' || echo "warning: the training input was not stored" >&2
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$archive" ]; then
  cat "$work/train.log" >&2
  echo "no archive written" >&2
  exit 1
fi
echo "Archive: $archive ($(du -h "$archive" | cut -f1))"
