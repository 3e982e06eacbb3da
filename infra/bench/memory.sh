#!/bin/bash
# Heap the jar needs (docs/benchmarks.md, issue 19): starts JAR with -Xmx XMX, waits for /health, forces a full GC and
# prints the live heap; with "cluster" it signs in and clusters all inputs, then prints the largest heap after any GC.
# Usage: infra/bench/memory.sh JAR XMX demo|SCHEMA [cluster]
#   demo: fresh embedded database with demo content; SCHEMA: a MariaDB schema on 127.0.0.1 (root, no password), e.g.
#   one the jar migrated once and infra/bench/memory-inputs.py filled with 100,000 inputs.
jar=$1; xmx=$2; data=$3; cluster=${4:-}
port=18195
d=$(mktemp -d)
db=()
if [ "$data" != demo ]; then
  db=(DATASOURCES_DEFAULT_URL="jdbc:mysql://127.0.0.1:3306/$data" DATASOURCES_DEFAULT_USERNAME=root DATASOURCES_DEFAULT_PASSWORD=)
fi
start=$(date +%s)
env MICRONAUT_SERVER_PORT=$port INBRENG_DATA_DIR="$d" INBRENG_ADMIN_USERNAME=meter INBRENG_ADMIN_PASSWORD=meet-het-geheugen-19 "${db[@]}" \
  java -Xmx"$xmx" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$d/gc.log" -jar "$jar" > "$d/app.log" 2>&1 &
pid=$!
until curl -sf http://127.0.0.1:$port/health >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "Xmx=$xmx $data: stopped before /health"; grep -i 'outofmemory\|Terminating' "$d/app.log" | head -2; exit 1; }
  sleep 1
done
echo "Xmx=$xmx $data: /health after $(( $(date +%s) - start )) s (load $(cut -d' ' -f1 /proc/loadavg))"
jcmd $pid GC.run >/dev/null; sleep 1
echo "  live heap after full GC: $(jcmd $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
if [ -n "$cluster" ]; then
  csrf=$(curl -s -c "$d/c.txt" -H 'Content-Type: application/json' -d '{"username":"meter","password":"meet-het-geheugen-19"}' \
    http://127.0.0.1:$port/api/admin/login | python3 -c 'import json,sys;print(json.load(sys.stdin)["csrfToken"])')
  t=$(date +%s)
  code=$(curl -s -o "$d/cl.json" -w '%{http_code}' -b "$d/c.txt" -H "X-CSRF-Token: $csrf" -H 'Content-Type: application/json' \
    -d '{"filter":{}}' --max-time 900 http://127.0.0.1:$port/api/admin/clusterings)
  if kill -0 $pid 2>/dev/null; then
    echo "  clustering: HTTP $code in $(( $(date +%s) - t )) s, $(python3 -c "import json;d=json.load(open('$d/cl.json'));print(len(d.get('clusters',[])),'clusters',sum(c['size'] for c in d.get('clusters',[])),'members')" 2>/dev/null)"
  else
    echo "  clustering: the process stopped (HTTP $code)"; grep -i 'outofmemory\|Terminating' "$d/app.log" | head -2
  fi
fi
echo "  largest heap after a GC: $(grep -o '[0-9]*M->[0-9]*M' "$d/gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1) MB"
kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$d"
