#!/usr/bin/env bash
# Benchmarks the public site and the admin: builds the CMS; bench/delivery.sh measures delivery against nginx and a
# bare Payara servlet on the same bytes and through the edge cache; then the CMS starts on 127.0.0.1:18181 with a
# throw-away embedded database for bench/SitePageBench.java (cached against composed; bounded request counts), and
# bench/admin-list.sh times the admin with 10 000 items. Every server it starts is stopped. Not run from here:
# bench/peers/strapi.sh (the peer, Strapi 5), whose first run installs ~700 MB from npm (BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q -DskipTests -pl cms-web -am package

# Delivery against nginx, a bare Payara servlet and through the edge cache (wrk; see BENCHMARKS.md).
bash bench/delivery.sh

work="bench/target"
rm -rf "$work" && mkdir -p "$work/tmp"
CMS_DB_URL="jdbc:h2:file:$PWD/$work/db/cms" CMS_ADMIN_INITIAL_PASSWORD="bench-only-password-1" \
  java -Xmx768m -Djava.io.tmpdir="$PWD/$work/tmp" -jar cms-web/target/payara-micro.jar \
  --nohazelcast --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --port 18181 --deploy cms-web/target/cms.war --contextroot / > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fs -o /dev/null http://127.0.0.1:18181/omaspecworks/about; then break; fi
  sleep 1
done

java bench/SitePageBench.java http://127.0.0.1:18181 "${BENCH_REQUESTS:-3000}" "${BENCH_THREADS:-4}"

kill "$server" && wait "$server" 2>/dev/null || true

# The admin content list with 10 000 items (PostgreSQL on 127.0.0.1:5432).
bash bench/admin-list.sh
