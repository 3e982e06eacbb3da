#!/bin/sh
# 50 parallel registrations for demo thematafel 1 (16 seats, 2 taken by demo rows) on the embedded H2 default
seq 1 50 | xargs -P 50 -I{} curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' \
  "http://localhost:${PORT:-8604}/api/v1/tables/1/registrations" -d '{"name":"Bench {}","email":"bench{}@voorbeeld.nl"}' | sort | uniq -c
curl -s "http://localhost:${PORT:-8604}/api/v1/tables" | grep -o '"seatsLeft":[0-9]*,"waitlisted":[0-9]*'
