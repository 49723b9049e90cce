#!/usr/bin/env bash
# The peer (issue 15): the same About page served by Strapi 5, the headless CMS users would pick instead, measured
# beside this CMS's delivery-API item in one run with wrk on loopback. It installs Strapi from npm into
# bench/target/strapi (no prompts, no admin panel, telemetry off), defines a collection type carrying what the CMS
# item carries (path, type, title, description, body as Markdown and HTML, fields, revision), loads the About page
# from the CMS's own API JSON in Strapi's bootstrap (document service), allows public find/findOne, checks that
# Strapi answers with the same title and body, then measures Strapi's REST single entry (by documentId, and the
# filter-by-path form a site would use) and the CMS's API item in BENCH_ROUNDS (3) interleaved rounds of
# BENCH_SECONDS (10), after BENCH_WARMUP (30) s of warm-up per URL, wrk -t2 -c32. Not run by bench/run.sh: the npm
# install downloads ~700 MB (1 390 packages) on a first run. Everything it starts listens on 127.0.0.1 and is
# stopped at the end.
# Needs: Node 20+ and npm (registry reachable), wrk, PostgreSQL on 127.0.0.1:5432 (user postgres, trust; the
# database strapi_bench is dropped and re-created), and cms-web/target/cms.war with payara-micro.jar (build first:
# mvn -B -o -q install -DskipTests -Dcms.ear.skip=true).
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds="${BENCH_SECONDS:-10}"
rounds="${BENCH_ROUNDS:-3}"
warmup="${BENCH_WARMUP:-30}"
strapi_version="${STRAPI_VERSION:-5.54.0}" # @strapi/plugin-users-permissions is published up to 5.54.0
cms_port=18191 cms_management_port=18192 strapi_port=18193 # apart from the other bench scripts
database=strapi_bench
app="$PWD/bench/target/strapi" # the Strapi project; node_modules is kept between runs, the rest is rewritten
work="$app/bench-run"
rm -rf "$work" "$app/config" "$app/src" && mkdir -p "$work/tmp" "$app/config" "$app/src/api/item" "$app/public/uploads"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

wait_for() { # url, tries of 0.2 s
  for _ in $(seq 1 "$2"); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "no answer from $1" >&2; return 1
}

measure() { # url seconds -> "req/s p50ms p99ms"; a 10 s timeout, so that slow answers count in p99 (wrk drops them at 2 s)
  wrk -t2 -c32 -d"$2"s --timeout 10s --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    $1 == "Non-2xx" { print "non-2xx answers from " url > "/dev/stderr" }
    END { printf "%.0f %.1f %.1f\n", rps, p50, p99 }' url="$1"
}

start_cms() { # the CMS as bench/delivery.sh starts it: embedded H2, throw-away
  echo "== starting the CMS (embedded H2, throw-away) on 127.0.0.1:$cms_port"
  CMS_DB_URL="jdbc:h2:file:$work/cms-db/cms" CMS_ADMIN_INITIAL_PASSWORD="bench-only-password-1" \
    CMS_MANAGEMENT_PORT=$cms_management_port \
    java -Xmx768m -Djava.io.tmpdir="$work/tmp" -jar cms-web/target/payara-micro.jar --nohazelcast \
    --rootdir "$work/cms-root" --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
    --postdeploycommandfile cms-web/src/main/payara/postdeploy-commands.txt \
    --port "$cms_port" --deploy cms-web/target/cms.war --contextroot / >"$work/cms.log" 2>&1 &
  pids+=("$!"); cms_pid=$!
  wait_for "http://127.0.0.1:$cms_port/api/v1/items/omaspecworks/about" 1500
}

write_project() { # package.json and config/: PostgreSQL, 127.0.0.1, no admin panel, no telemetry, no access log
  cat >"$app/package.json" <<JSON
{
  "name": "strapi-bench",
  "private": true,
  "version": "0.0.0",
  "dependencies": {
    "@strapi/strapi": "$strapi_version",
    "@strapi/plugin-users-permissions": "$strapi_version",
    "pg": "8.23.1",
    "react": "^18.0.0",
    "react-dom": "^18.0.0",
    "react-router-dom": "^6.30.3",
    "styled-components": "^6.0.0"
  },
  "engines": { "node": ">=20.0.0" },
  "strapi": { "telemetryDisabled": true }
}
JSON
  cat >"$app/config/server.js" <<'JS'
module.exports = ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  app: { keys: env.array('APP_KEYS') },
  logger: { updates: { enabled: false } },
});
JS
  cat >"$app/config/admin.js" <<'JS'
// The REST API only: the admin panel is neither built nor served.
module.exports = ({ env }) => ({
  serveAdminPanel: false,
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
});
JS
  cat >"$app/config/database.js" <<'JS'
module.exports = ({ env }) => ({
  connection: {
    client: 'postgres',
    connection: {
      host: env('DATABASE_HOST'),
      port: env.int('DATABASE_PORT'),
      database: env('DATABASE_NAME'),
      user: env('DATABASE_USERNAME'),
      password: env('DATABASE_PASSWORD', ''),
      ssl: false,
    },
    pool: { min: 2, max: 10 },
  },
});
JS
  # Strapi's default middlewares without strapi::logger: the CMS writes no access log either.
  cat >"$app/config/middlewares.js" <<'JS'
module.exports = [
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
JS
  cat >"$app/config/plugins.js" <<'JS'
module.exports = ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
});
JS
}

write_content_type() { # api::item.item: what the CMS's PublishedItem carries
  local dir="$app/src/api/item"
  mkdir -p "$dir/content-types/item" "$dir/controllers" "$dir/routes" "$dir/services"
  cat >"$dir/content-types/item/schema.json" <<'JSON'
{
  "kind": "collectionType",
  "collectionName": "items",
  "info": { "singularName": "item", "pluralName": "items", "displayName": "Item" },
  "options": { "draftAndPublish": true },
  "attributes": {
    "path": { "type": "string", "required": true, "unique": true },
    "itemType": { "type": "string", "required": true },
    "title": { "type": "string", "required": true },
    "description": { "type": "text" },
    "bodyMarkdown": { "type": "richtext" },
    "bodyHtml": { "type": "text" },
    "fields": { "type": "json" },
    "revision": { "type": "biginteger" },
    "revisedAt": { "type": "datetime" }
  }
}
JSON
  echo "module.exports = require('@strapi/strapi').factories.createCoreController('api::item.item');" \
    >"$dir/controllers/item.js"
  echo "module.exports = require('@strapi/strapi').factories.createCoreRouter('api::item.item');" >"$dir/routes/item.js"
  echo "module.exports = require('@strapi/strapi').factories.createCoreService('api::item.item');" >"$dir/services/item.js"
}

write_bootstrap() { # public find/findOne, and the About page from the CMS's JSON (ITEM_JSON) as a published entry
  cat >"$app/src/index.js" <<'JS'
const fs = require('fs');

const PUBLIC_ACTIONS = ['api::item.item.find', 'api::item.item.findOne'];

async function allowPublicReading(strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  for (const action of PUBLIC_ACTIONS) {
    const granted = await strapi.db
      .query('plugin::users-permissions.permission')
      .findOne({ where: { action, role: role.id } });
    if (!granted) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
  }
}

async function loadItem(strapi, item) {
  const items = strapi.documents('api::item.item');
  const existing = await items.findFirst({ filters: { path: item.path }, status: 'published' });
  if (existing) return existing;
  return items.create({
    data: {
      path: item.path,
      itemType: item.type,
      title: item.title,
      description: item.description,
      bodyMarkdown: item.bodyMarkdown,
      bodyHtml: item.bodyHtml,
      fields: item.fields,
      revision: item.revision,
      revisedAt: item.revisedAt,
    },
    status: 'published',
  });
}

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    await allowPublicReading(strapi);
    const item = JSON.parse(fs.readFileSync(process.env.ITEM_JSON, 'utf8'));
    const entry = await loadItem(strapi, item);
    fs.writeFileSync(process.env.DOCUMENT_ID_FILE, entry.documentId);
  },
};
JS
}

start_strapi() {
  echo "== PostgreSQL database $database (dropped and re-created)"
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q \
    -c "drop database if exists $database with (force)" -c "create database $database"
  echo "== starting Strapi $(installed_strapi_version) on 127.0.0.1:$strapi_port (NODE_ENV=production)"
  secret() { head -c 24 /dev/urandom | base64; }
  (cd "$app" && exec env NODE_ENV=production HOST=127.0.0.1 PORT=$strapi_port STRAPI_TELEMETRY_DISABLED=true \
    APP_KEYS="$(secret),$(secret)" ADMIN_JWT_SECRET="$(secret)" API_TOKEN_SALT="$(secret)" \
    TRANSFER_TOKEN_SALT="$(secret)" ENCRYPTION_KEY="$(secret)" JWT_SECRET="$(secret)" \
    DATABASE_HOST=127.0.0.1 DATABASE_PORT=5432 DATABASE_NAME=$database DATABASE_USERNAME=postgres \
    ITEM_JSON="$work/cms-item.json" DOCUMENT_ID_FILE="$work/document-id" \
    node node_modules/@strapi/strapi/bin/strapi.js start) >"$work/strapi.log" 2>&1 &
  pids+=("$!"); strapi_pid=$!
  for _ in $(seq 1 1500); do [ -s "$work/document-id" ] || ! kill -0 "$strapi_pid" 2>/dev/null && break; sleep 0.2; done
  [ -s "$work/document-id" ] || { echo "Strapi did not load the item; see $work/strapi.log" >&2; exit 1; }
}

installed_strapi_version() { node -p "require('$app/node_modules/@strapi/strapi/package.json').version"; }

same_text() { # strapi-response.json cms-item.json: Strapi's data carries the CMS's title and body (both forms)
  node -e '
    const [strapiFile, cmsFile] = process.argv.slice(1);
    const read = (f) => JSON.parse(require("fs").readFileSync(f, "utf8"));
    let entry = read(strapiFile).data; if (Array.isArray(entry)) entry = entry[0];
    const cms = read(cmsFile);
    for (const [mine, theirs] of [["title", "title"], ["bodyMarkdown", "bodyMarkdown"], ["bodyHtml", "bodyHtml"]]) {
      if (!entry || entry[mine] !== cms[theirs]) { console.error(strapiFile + ": " + mine + " differs"); process.exit(1); }
    }' "$1" "$2"
}

start_cms
item_url="http://127.0.0.1:$cms_port/api/v1/items/omaspecworks/about"
curl -fs -o "$work/cms-item.json" "$item_url"

echo "== npm install of Strapi $strapi_version into $app"
write_project
write_content_type
write_bootstrap
(cd "$app" && npm install --no-audit --no-fund --loglevel=error)
start_strapi

document_id=$(cat "$work/document-id")
by_id_url="http://127.0.0.1:$strapi_port/api/items/$document_id"
by_path_url="http://127.0.0.1:$strapi_port/api/items?filters%5Bpath%5D%5B%24eq%5D=%2Fomaspecworks%2Fabout"
wait_for "$by_id_url" 300
curl -fs -o "$work/strapi-by-id.json" "$by_id_url"
curl -fs -o "$work/strapi-by-path.json" "$by_path_url"
same_text "$work/strapi-by-id.json" "$work/cms-item.json"
same_text "$work/strapi-by-path.json" "$work/cms-item.json"

cases=(
  "Strapi REST entry by documentId|$by_id_url"
  "Strapi REST entries filtered by path|$by_path_url"
  "CMS API item 200|$item_url"
)

echo "== warm-up: $warmup s per URL"
for c in "${cases[@]}"; do IFS='|' read -r _ url <<<"$c"; measure "$url" "$warmup" >/dev/null; done

declare -A sum_rps p50s p99s
for round in $(seq 1 "$rounds"); do
  echo "== round $round of $rounds"
  for c in "${cases[@]}"; do
    IFS='|' read -r name url <<<"$c"
    read -r rps p50 p99 <<<"$(measure "$url" "$seconds")"
    echo "   $name: $rps req/s, p50 $p50 ms, p99 $p99 ms"
    sum_rps[$name]=$(( ${sum_rps[$name]:-0} + rps ))
    p50s[$name]="${p50s[$name]:-}${p50s[$name]:+ }$p50"
    p99s[$name]="${p99s[$name]:-}${p99s[$name]:+ }$p99"
  done
done

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
strapi_rss=$(rss_mb "$strapi_pid") cms_rss=$(rss_mb "$cms_pid")

mean() { echo $(( ${sum_rps[$1]} / rounds )); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
  echo "| case | req/s (mean of $rounds) | p50 ms (per round) | p99 ms (per round) | CMS / this |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  cms_mean=$(mean "CMS API item 200")
  for c in "${cases[@]}"; do
    IFS='|' read -r name _ <<<"$c"
    echo "| $name | $(mean "$name") | ${p50s[$name]} | ${p99s[$name]} | $(ratio "$cms_mean" "$(mean "$name")") |"
  done
  echo
  echo "Bytes (no Accept-Encoding): Strapi entry $(stat -c %s "$work/strapi-by-id.json"), Strapi filtered list" \
    "$(stat -c %s "$work/strapi-by-path.json"), CMS API item $(stat -c %s "$work/cms-item.json")."
  echo "RSS after the rounds: Strapi $strapi_rss MB, CMS $cms_rss MB."
  echo "Strapi $(installed_strapi_version) (NODE_ENV=production, one process, PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc \
    'show server_version' | cut -d' ' -f1)), Node $(node --version); wrk -t2 -c32, ${seconds} s per measurement,"
  echo "$rounds interleaved rounds, ${warmup} s warm-up per URL; $(nproc) cores, $(date -u +%F), load: $(uptime | sed 's/.*load average: //')."
  echo
  echo "Commands: wrk -t2 -c32 -d${seconds}s --timeout 10s --latency '$by_id_url'"
  echo "          wrk -t2 -c32 -d${seconds}s --timeout 10s --latency '$by_path_url'"
  echo "          wrk -t2 -c32 -d${seconds}s --timeout 10s --latency '$item_url'"
} | tee "$work/results.md"
