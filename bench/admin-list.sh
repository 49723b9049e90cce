#!/usr/bin/env bash
# Benchmarks the admin content list and dashboard with 10 000 items: starts the CMS on 127.0.0.1:18182 against a throw-away
# PostgreSQL database (cms_bench on 127.0.0.1:5432), times the list as seeded (reference), adds 10 000 items with
# bench/bulk-items.sql, times it again, prints both and the ratio, and stops the server it started.
# Expects cms-web/target/cms.war and payara-micro.jar (bench/run.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${BENCH_LIST_REQUESTS:-200}"
psql=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -c "drop database if exists cms_bench with (force)" -c "create database cms_bench"

work="bench/target/admin-list"
rm -rf "$work" && mkdir -p "$work/tmp"
CMS_DB_CLASS=org.postgresql.ds.PGSimpleDataSource CMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/cms_bench \
  CMS_DB_USER=postgres CMS_ADMIN_INITIAL_PASSWORD="bench-only-password-1" \
  java -Xmx768m -Djava.io.tmpdir="$PWD/$work/tmp" -jar cms-web/target/payara-micro.jar \
  --nohazelcast --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --port 18182 --deploy cms-web/target/cms.war --contextroot / > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null http://127.0.0.1:18182/omaspecworks/about; then break; fi
  sleep 1
done

run() { java bench/AdminListBench.java http://127.0.0.1:18182 admin bench-only-password-1 "$requests"; }
items_before=$("${psql[@]}" -tAc "select count(*) from content_item" cms_bench)
reference=$(run)
"${psql[@]}" -f bench/bulk-items.sql cms_bench > /dev/null
items_after=$("${psql[@]}" -tAc "select count(*) from content_item" cms_bench)
"${psql[@]}" -c "analyze" cms_bench
measured=$(run)

echo "| case | median ms, $items_before items | p95 | median ms, $items_after items | p95 | ratio (median) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
paste <(echo "$reference") <(echo "$measured") | awk -F'\t' \
  '{ printf "| %s | %d | %d | %d | %d | %.2f |\n", $1, $2, $3, $5, $6, ($2 > 0 ? $5 / $2 : 0) }'
echo
echo "$requests sequential requests per case after a warm-up, one signed-in administrator."
