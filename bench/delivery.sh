#!/usr/bin/env bash
# Delivery at the container's limit (issue 15): one run measures, with wrk on loopback, side by side and on the same
# bytes: nginx serving the About page and the API item saved as files (the physical reference), a bare Payara Micro
# servlet writing them from memory (the container's ceiling), the CMS (page and API item, 200 and 304), and the CMS
# behind Varnish with docker/varnish/default.vcl (the edge cache). Cold start to first page, the CPU time and classes
# loaded by then, RSS after warm-up, live heap after a full GC and metaspace are compared with the bare Payara Micro
# started in the same run (BENCHMARKS.md, "Start-up and memory: where they go", says why these). Bounded:
# BENCH_SECONDS per measurement (10), BENCH_ROUNDS interleaved rounds (3), BENCH_WARMUP seconds of warm-up per URL
# (30), 2 threads and 32 connections.
# Every server it starts listens on 127.0.0.1 and is stopped at the end. Run it on a quiet machine.
# Needs: wrk, nginx, varnishd (apt-get install wrk nginx varnish); expects cms-web/target/cms.war (bench/run.sh builds).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${BENCH_SECONDS:-10}"
rounds="${BENCH_ROUNDS:-3}"
warmup="${BENCH_WARMUP:-30}"
cms_port=18181 nginx_port=18183 bare_port=18184 edge_port=18185 secured_port=18187
work="$PWD/bench/target/delivery"
rm -rf "$work" && mkdir -p "$work/tmp" "$work/www" "$work/bare/WEB-INF/classes" "$work/secured/WEB-INF/classes" "$work/edge"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
wait_for() { # url, seconds: prints the milliseconds it took
  local start; start=$(now_ms)
  for _ in $(seq 1 "$2"); do
    if curl -fs -o /dev/null "$1"; then echo $(( $(now_ms) - start )); return 0; fi
    sleep 0.2
  done
  echo "no answer from $1" >&2; return 1
}
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# CPU time a process has used so far, in ms (user + system, all threads: on 2 cores a start is CPU-bound, and half
# of it is the JIT compiling what the deployment runs).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }
loaded_classes() { jcmd "$1" PerfCounter.print | awk -F= '$1 == "java.cls.loadedClasses" { print $2 }'; }
# Heap still live after a full collection, and metaspace in use, in MB: what the process needs, as opposed to what
# G1 has committed for the allocation rate it saw.
live_heap_mb() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | awk '/garbage-first heap/ { sub(/K,?$/, "", $6); print int($6 / 1024) }'; }
metaspace_mb() { jcmd "$1" GC.heap_info | awk '$1 == "Metaspace" { sub(/K,?$/, "", $3); print int($3 / 1024) }'; }

# Both the CMS and the references run as ./run.sh runs the CMS alone: no data grid.
micro=(java -Xmx768m -Djava.io.tmpdir="$work/tmp" -jar cms-web/target/payara-micro.jar --nohazelcast)

# Starts the CMS on the bench's database (created by the first start) with a fresh Payara root; sets $cms, and $cms_ms to
# the milliseconds it took to serve the first page.
start_cms() { # root-dir log
  local started; started=$(now_ms)
  CMS_DB_URL="jdbc:h2:file:$work/db/cms" CMS_ADMIN_INITIAL_PASSWORD="bench-only-password-1" CMS_MANAGEMENT_PORT=18186 \
    "${micro[@]}" --rootdir "$1" --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
    --postdeploycommandfile cms-web/src/main/payara/postdeploy-commands.txt \
    --port "$cms_port" --deploy cms-web/target/cms.war --contextroot / >"$2" 2>&1 &
  cms=$!; pids+=("$cms")
  for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$cms_port/omaspecworks/about" && break; sleep 0.2; done
  cms_ms=$(( $(now_ms) - started ))
  cms_cpu=$(cpu_ms "$cms"); cms_classes=$(loaded_classes "$cms")
}

echo "== starting the CMS (embedded H2, throw-away) on 127.0.0.1:$cms_port"
start_cms "$work/cms-root" "$work/cms.log"
cms_cold=$cms_ms cms_cold_cpu=$cms_cpu cms_cold_classes=$cms_classes

page_url="http://127.0.0.1:$cms_port/omaspecworks/about"
item_url="http://127.0.0.1:$cms_port/api/v1/items/omaspecworks/about"
curl -fs -o "$work/www/page.html" "$page_url"
curl -fs -o "$work/www/item.json" "$item_url"
page_etag=$(curl -fsI "$page_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
item_etag=$(curl -fsI "$item_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

echo "== nginx on 127.0.0.1:$nginx_port, the same bytes as files"
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /page { default_type "text/html; charset=UTF-8"; alias $work/www/page.html; }
    location = /item { default_type application/json; alias $work/www/item.json; }
  }
}
CONF
nginx -c "$work/nginx.conf" -g 'daemon off;' &
pids+=("$!")

echo "== a bare Payara Micro servlet on 127.0.0.1:$bare_port, the same bytes from memory"
javac -d "$work/bare/WEB-INF/classes" \
  -cp "$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
  bench/bare/BareBytesServlet.java
(cd "$work/bare" && jar cf ../bare.war WEB-INF)
# The same servlet with a Jakarta Security mechanism that authenticates nobody: what the container's security adds
# to every request of an application that has staff sign-in, as the CMS has.
javac -d "$work/secured/WEB-INF/classes" \
  -cp "$HOME/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar" \
  bench/bare/BareBytesServlet.java bench/bare-secured/IdleMechanism.java
(cd "$work/secured" && jar cf ../secured.war WEB-INF)
bare_started=$(now_ms)
BENCH_WWW="$work/www" "${micro[@]}" --rootdir "$work/bare-root" \
  --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --port "$bare_port" --deploy "$work/bare.war" --contextroot / >"$work/bare.log" 2>&1 &
bare=$!; pids+=("$bare")
for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$bare_port/page" && break; sleep 0.2; done
bare_cold=$(( $(now_ms) - bare_started ))
bare_cpu=$(cpu_ms "$bare"); bare_classes=$(loaded_classes "$bare")
BENCH_WWW="$work/www" "${micro[@]}" --rootdir "$work/secured-root" \
  --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --port "$secured_port" --deploy "$work/secured.war" --contextroot / >"$work/secured.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$secured_port/page" && break; sleep 0.2; done

echo "== Varnish on 127.0.0.1:$edge_port with docker/varnish/default.vcl in front of the CMS"
cp docker/varnish/default.vcl "$work/edge/"
sed -e 's/^\( *\.host = \)"cms";/\1"127.0.0.1";/' -e "s/^\( *\.port = \)\"8080\";/\1\"$cms_port\";/" \
  docker/varnish/cms-backend.vcl >"$work/edge/cms-backend.vcl"
chmod -R a+rX "$work/edge"
varnishd -F -a "127.0.0.1:$edge_port" -p vcl_path="$work/edge" -p http_gzip_support=off -f "$work/edge/default.vcl" -n "$work/edge/n" \
  -s malloc,64m >"$work/varnish.log" 2>&1 &
pids+=("$!")
wait_for "http://127.0.0.1:$nginx_port/page" 100 >/dev/null
wait_for "http://127.0.0.1:$edge_port/omaspecworks/about" 100 >/dev/null

cmp -s "$work/www/page.html" <(curl -fs "http://127.0.0.1:$bare_port/page") || { echo "bare servlet bytes differ" >&2; exit 1; }
cmp -s "$work/www/page.html" <(curl -fs "http://127.0.0.1:$secured_port/page") || { echo "secured servlet bytes differ" >&2; exit 1; }
cmp -s "$work/www/page.html" <(curl -fs "http://127.0.0.1:$edge_port/omaspecworks/about") || { echo "edge bytes differ" >&2; exit 1; }

# name|url|extra header (for 304s)
cases=(
  "nginx page|http://127.0.0.1:$nginx_port/page|"
  "bare Payara page|http://127.0.0.1:$bare_port/page|"
  "bare Payara + Jakarta Security page|http://127.0.0.1:$secured_port/page|"
  "CMS page 200|$page_url|"
  "CMS page 304|$page_url|If-None-Match: $page_etag"
  "edge page|http://127.0.0.1:$edge_port/omaspecworks/about|"
  "nginx API item|http://127.0.0.1:$nginx_port/item|"
  "bare Payara API item|http://127.0.0.1:$bare_port/item|"
  "bare Payara + Jakarta Security API item|http://127.0.0.1:$secured_port/item|"
  "CMS API item 200|$item_url|"
  "CMS API item 304|$item_url|If-None-Match: $item_etag"
  "edge API item|http://127.0.0.1:$edge_port/api/v1/items/omaspecworks/about|"
)

measure() { # url header seconds -> "req/s p50ms p99ms"
  local args=(-t2 -c32 -d"$3"s --latency "$1")
  [ -n "$2" ] && args=(-H "$2" "${args[@]}")
  wrk "${args[@]}" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.0f %.1f %.1f\n", rps, p50, p99 }'
}

echo "== warm-up: $warmup s per URL"
for c in "${cases[@]}"; do IFS='|' read -r _ url header <<<"$c"; measure "$url" "$header" "$warmup" >/dev/null; done
cms_rss=$(rss_mb "$cms"); bare_rss=$(rss_mb "$bare")

declare -A sum_rps p50s p99s
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds"
  for c in "${cases[@]}"; do
    IFS='|' read -r name url header <<<"$c"
    read -r rps p50 p99 <<<"$(measure "$url" "$header" "$seconds")"
    echo "   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
    sum_rps[$name]=$(( ${sum_rps[$name]:-0} + rps ))
    p50s[$name]="${p50s[$name]:-}${p50s[$name]:+ }$p50"
    p99s[$name]="${p99s[$name]:-}${p99s[$name]:+ }$p99"
  done
done

# A restart on the database the first start filled (schema and seed already there): what a deploy of a new version
# or a second instance costs, as opposed to the very first start.
cms_live=$(live_heap_mb "$cms"); bare_live=$(live_heap_mb "$bare")
cms_meta=$(metaspace_mb "$cms"); bare_meta=$(metaspace_mb "$bare")
kill "$cms"; wait "$cms" 2>/dev/null || true
start_cms "$work/cms-root-2" "$work/cms-restart.log"
cms_restart=$cms_ms

mean() { echo $(( ${sum_rps[$1]} / rounds )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
  echo "| case | req/s (mean of $rounds) | p50 ms | p99 ms | vs nginx | vs bare Payara | vs bare + Security |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for c in "${cases[@]}"; do
    IFS='|' read -r name _ _ <<<"$c"
    kind=page; [[ $name == *API* ]] && kind="API item"
    nginx_mean=$(mean "nginx $kind"); bare_mean=$(mean "bare Payara $kind")
    secured_mean=$(mean "bare Payara + Jakarta Security $kind")
    echo "| $name | $(mean "$name") | ${p50s[$name]} | ${p99s[$name]} | $(ratio "$(mean "$name")" "$nginx_mean") | $(ratio "$(mean "$name")" "$bare_mean") | $(ratio "$(mean "$name")" "$secured_mean") |"
  done
  echo
  echo "| start-up and memory | CMS | bare Payara Micro | ratio |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| cold start to first page (ms) | $cms_cold | $bare_cold | $(ratio "$cms_cold" "$bare_cold") |"
  echo "| restart on the filled database to first page (ms) | $cms_restart | $bare_cold | $(ratio "$cms_restart" "$bare_cold") |"
  echo "| CPU time to first page, first start (ms, both cores) | $cms_cold_cpu | $bare_cpu | $(ratio "$cms_cold_cpu" "$bare_cpu") |"
  echo "| CPU time to first page, restart (ms, both cores) | $cms_cpu | $bare_cpu | $(ratio "$cms_cpu" "$bare_cpu") |"
  echo "| classes loaded at first page | $cms_cold_classes | $bare_classes | $(ratio "$cms_cold_classes" "$bare_classes") |"
  echo "| RSS after warm-up (MB) | $cms_rss | $bare_rss | $(ratio "$cms_rss" "$bare_rss") |"
  echo "| heap live after a full GC, after the rounds (MB) | $cms_live | $bare_live | $(ratio "$cms_live" "$bare_live") |"
  echo "| metaspace in use (MB) | $cms_meta | $bare_meta | $(ratio "$cms_meta" "$bare_meta") |"
  echo
  echo "Bytes: page $(stat -c %s "$work/www/page.html"), API item $(stat -c %s "$work/www/item.json"); wrk -t2 -c32,"
  echo "${seconds} s per measurement, $rounds interleaved rounds, ${warmup} s warm-up per URL; $(nproc) cores, $(date -u +%F)."
} | tee "$work/results.md"
