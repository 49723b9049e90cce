#!/usr/bin/env bash
# The EAR on a real Payara Server for the smoke suite (cms-ear's Failsafe run):
#   payara-server.sh start   creates a domain of its own under target/, every listener on 127.0.0.1, the Hazelcast
#                            data grid off, a fresh PostgreSQL database (cms_ear_it), starts it, deploys cms.ear and
#                            waits until the CMS answers; on any failure it stops what it started.
#   payara-server.sh stop    stops that domain (run by post-integration-test, so also after failed tests).
# Run from cms-ear/ by Maven (exec-maven-plugin); the Payara Server distribution is unpacked in target/ first.
set -euo pipefail

target="$(pwd)/target"
payara="$target/payara6"
domains="$target/payara-domains"
domain=cms-ear-it
state="$target/payara-server"
asadmin=("$payara/bin/asadmin")
db_host="${CMS_EAR_IT_DB_HOST:-127.0.0.1}"
db_port="${CMS_EAR_IT_DB_PORT:-5432}"
db_name="${CMS_EAR_IT_DB:-cms_ear_it}"
db_user="${CMS_EAR_IT_DB_USER:-postgres}"

log() { printf '[payara-server] %s\n' "$*"; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port base whose ports (admin +48, HTTP +80, HTTPS +81, IIOP +37..39, JMS +76, JMX +86, OSGi +66, and +90 for the
# CMS's management listener) are all free,
# so several builds on one machine do not collide.
choose_portbase() {
  for _ in $(seq 1 50); do
    local base=$(( (RANDOM % 300 + 200) * 100 ))
    local ok=1
    for offset in 48 80 81 37 38 39 76 86 66 90; do
      port_free $((base + offset)) || { ok=0; break; }
    done
    [ $ok -eq 1 ] && { echo "$base"; return; }
  done
  echo "no free port base found" >&2
  return 1
}

stop() {
  if [ -f "$domains/$domain/config/pid" ]; then
    log "stopping domain $domain"
    "${asadmin[@]}" stop-domain --domaindir "$domains" --kill=false "$domain" || \
      "${asadmin[@]}" stop-domain --domaindir "$domains" --kill=true "$domain" || true
  fi
}

start() {
  [ -x "$payara/bin/asadmin" ] || { echo "Payara Server is not unpacked at $payara" >&2; exit 1; }
  # A domain left by an interrupted run would still have the EAR deployed: start from a new one.
  stop
  rm -rf "$domains" "$state"
  mkdir -p "$domains" "$state"
  if ! pg_isready -h "$db_host" -p "$db_port" -q 2>/dev/null; then
    local reason="no PostgreSQL at $db_host:$db_port (the EAR smoke suite needs one; .ci/run starts it)"
    if [ -n "${CI:-}" ]; then
      echo "$reason" >&2
      exit 1
    fi
    log "skipped: $reason"
    echo "$reason" >"$state/skipped"
    return 0
  fi
  trap 'log "start failed: stopping the domain"; stop' ERR

  local base
  base="$(choose_portbase)"
  local admin_port=$((base + 48)) http_port=$((base + 80)) management_port=$((base + 90))
  log "creating domain $domain with port base $base (admin $admin_port, HTTP $http_port)"
  "${asadmin[@]}" create-domain --domaindir "$domains" --portbase "$base" --nopassword=true --checkports=true \
    "$domain" >"$state/create-domain.log"

  # Every listener on loopback; the data grid (Hazelcast) off, so nothing joins or listens beyond this machine; no
  # JMS broker (the CMS uses none; its lazy proxy listener binds every interface). The server configuration has no
  # jms-service until its first start, so one is added, disabled.
  local xml="$domains/$domain/config/domain.xml"
  sed -i \
    -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener \(port="[0-9]*"\)/<network-listener address="127.0.0.1" \1/g' \
    -e 's/<hazelcast-config-specific-configuration\([ >]\)/<hazelcast-config-specific-configuration enabled="false"\1/' \
    -e '0,/<admin-service /s//<jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="localhost" port="${JMS_PROVIDER_PORT}" lazy-init="true"\/><\/jms-service><admin-service /' \
    "$xml"

  log "database $db_name on $db_host:$db_port (dropped and created anew)"
  psql -h "$db_host" -p "$db_port" -U "$db_user" -v ON_ERROR_STOP=1 -qc "drop database if exists $db_name with (force)"
  psql -h "$db_host" -p "$db_port" -U "$db_user" -v ON_ERROR_STOP=1 -qc "create database $db_name"

  # The server JVM inherits this environment: MicroProfile Config reads CMS_* from it.
  export CMS_DB_CLASS=org.postgresql.ds.PGSimpleDataSource
  export CMS_DB_URL="jdbc:postgresql://$db_host:$db_port/$db_name"
  export CMS_DB_USER="$db_user"
  export CMS_DB_PASSWORD=""
  export CMS_ADMIN_INITIAL_PASSWORD="${CMS_EAR_IT_ADMIN_PASSWORD:?set CMS_EAR_IT_ADMIN_PASSWORD}"
  export CMS_PUBLIC_URL="http://127.0.0.1:$http_port"
  export CMS_SCHEDULES_FIRST_POLL_SECONDS=2
  # Health and metrics: the production image's boot commands (docker/payara/) put them on their own listener.
  export CMS_MANAGEMENT_ADDRESS=127.0.0.1
  export CMS_MANAGEMENT_PORT="$management_port"

  local started=$SECONDS
  log "starting domain"
  local boot_commands
  boot_commands="$(cd ../docker/payara && pwd)"
  "${asadmin[@]}" start-domain --domaindir "$domains" \
    --prebootcommandfile "$boot_commands/pre-boot-commands.asadmin" \
    --postbootcommandfile "$boot_commands/post-boot-commands.asadmin" \
    "$domain" >"$state/start-domain.log"
  log "domain started in $((SECONDS - started)) s; deploying cms.ear"
  local deploying=$SECONDS
  "${asadmin[@]}" --port "$admin_port" deploy --name cms --contextroot / --virtualservers server "$target/cms.ear" >"$state/deploy.log"
  log "deployed in $((SECONDS - deploying)) s; waiting for the About page"
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$http_port/omaspecworks/about"; then
      # Loopback only: a listener on any other address fails the run.
      if command -v ss >/dev/null; then
        local pid exposed
        pid="$(cat "$domains/$domain/config/pid")"
        exposed="$(ss -ltnpH | grep "pid=$pid," | awk '{print $4}' \
          | grep -v -E '^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):' || true)"
        if [ -n "$exposed" ]; then
          log "the server listens beyond loopback: $exposed"
          false
        fi
        log "listening on $(ss -ltnpH | grep "pid=$pid," | awk '{print $4}' | tr '\n' ' ')"
      fi
      echo "$http_port" >"$state/http-port"
      echo "$admin_port" >"$state/admin-port"
      echo "$management_port" >"$state/management-port"
      log "ready after $((SECONDS - started)) s: http://127.0.0.1:$http_port/"
      trap - ERR
      return 0
    fi
    sleep 1
  done
  log "the CMS did not answer in 120 s; server log: $domains/$domain/logs/server.log"
  false
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
