#!/usr/bin/env bash
# Benchmarks the dashboard's charts (issue 20) on a year of history: starts the CMS on 127.0.0.1:18183 against a
# throw-away PostgreSQL database (cms_dashboard_bench on 127.0.0.1:5432, dropped and re-created), times the dashboard
# as seeded (reference), adds 10 000 items / 100 000 revisions and their reviews, decisions, publications, releases,
# audit entries and schedules with bench/dashboard-history.sql, times it again, and prints both and the ratio.
# Times are what a signed-in client on the same machine waits (server time plus loopback), BENCH_DASHBOARD_REQUESTS
# (100) sequential requests per case after as many for warm-up. Expects cms-web/target/cms.war and payara-micro.jar
# (bench/run.sh builds them). Stops the server it started.
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${BENCH_DASHBOARD_REQUESTS:-100}"
database=cms_dashboard_bench
psql=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
"${psql[@]}" -c "drop database if exists $database with (force)" -c "create database $database"

work="bench/target/dashboard"
rm -rf "$work" && mkdir -p "$work/tmp"
CMS_DB_CLASS=org.postgresql.ds.PGSimpleDataSource CMS_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
  CMS_DB_USER=postgres CMS_ADMIN_INITIAL_PASSWORD="bench-only-password-1" CMS_SCHEDULES_POLL_SECONDS=0 \
  java -Xmx768m -Djava.io.tmpdir="$PWD/$work/tmp" -jar cms-web/target/payara-micro.jar \
  --nohazelcast --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --port 18183 --deploy cms-web/target/cms.war --contextroot / > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fs -o /dev/null http://127.0.0.1:18183/omaspecworks/about; then break; fi
  sleep 1
done

run() { java bench/AdminListBench.java http://127.0.0.1:18183 admin bench-only-password-1 "$requests" dashboard; }
items_before=$("${psql[@]}" -tAc "select count(*) from content_item" $database)
reference=$(run)
"${psql[@]}" -f bench/dashboard-history.sql $database | tee "$work/history.txt"
items_after=$("${psql[@]}" -tAc "select count(*) from content_item" $database)
revisions_after=$("${psql[@]}" -tAc "select count(*) from revision" $database)
measured=$(run)

echo "| case | median ms, $items_before items | p95 | median ms, $items_after items / $revisions_after revisions | p95 | ratio (median) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
paste <(echo "$reference") <(echo "$measured") | awk -F'\t' \
  '{ printf "| %s | %d | %d | %d | %d | %.2f |\n", $1, $2, $3, $5, $6, ($2 > 0 ? $5 / $2 : 0) }'
echo
echo "$requests sequential requests per case after a warm-up, one signed-in administrator."

# The plans of the insight queries on the history, for BENCHMARKS.md.
"${psql[@]}" $database > "$work/plans.txt" <<'SQL'
explain analyze select step_name, wk, count(*), percentile_cont(0.5) within group (order by waited),
  percentile_cont(0.9) within group (order by waited)
from (select d.step_name as step_name,
             floor((extract(epoch from d.decided_at) - extract(epoch from now() - interval '84 days')) / 604800) as wk,
             extract(epoch from d.decided_at) - extract(epoch from coalesce(p.decided_at, r.submitted_at)) as waited
      from review_decision d join review r on r.id = d.review_id
      left join review_decision p on p.review_id = d.review_id and p.step_index = d.step_index - 1
      where d.decided_at >= now() - interval '84 days') x group by step_name, wk;
explain analyze select s.name, count(*) from review r join review_step s on s.review_id = r.id
  and s.position = r.current_step where r.state = 'IN_PROGRESS' group by s.name;
SQL
echo "Query plans: $work/plans.txt"
