#!/usr/bin/env bash
# Builds the CMS and starts it on Payara Micro at http://localhost:8080 (embedded H2 database under ./data).
# Configuration comes from the environment: see "Configuration" in README.md.
set -euo pipefail
cd "$(dirname "$0")"

# CMS_SKIP_BUILD=1 starts what is built (a second local instance beside a running first one).
[ -n "${CMS_SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl cms-web -am package

# An invalid setting stops the start here with one line naming it (exit 2), before Payara Micro could print
# "ready" with nothing deployed. The same rules as the application's (cms-core ConfigurationCheck).
java -cp cms-core/target/classes org.specworks.cms.shared.ConfigurationCheck

port="${CMS_PORT:-8080}"
# One temp folder per instance: a second local instance (below) must not remove the first one's runtime.
tmp="data/tmp/$port"
mkdir -p "$tmp"
# A killed run leaves Payara Micro's unpacked runtime behind; start from a clean one.
rm -rf "$tmp"/payaramicro-rt*

# Alone by default, without a data grid at all: --nocluster would still start a Hazelcast member listening on every
# interface (port 6900) and add ~5 s to the start. CMS_CLUSTER lists the data grid members (host:port,...) to join
# instances on PostgreSQL (README.md, "Several instances"); CMS_CLUSTER_PORT is this instance's data grid port.
cluster=(--nohazelcast)
if [ -n "${CMS_CLUSTER:-}" ]; then
  case "${CMS_DB_URL:-}" in
    jdbc:postgresql:*) ;;
    *) echo "CMS_CLUSTER needs a database all instances share: set CMS_DB_URL to PostgreSQL" >&2; exit 2 ;;
  esac
  cluster=(--clustermode "tcpip:$CMS_CLUSTER" --startport "${CMS_CLUSTER_PORT:-5900}"
    --clustername "${CMS_CLUSTER_NAME:-cms}" --interfaces "${CMS_CLUSTER_INTERFACES:-127.0.0.1}"
    # Instances on one host still keep each other's backups (Payara's default keeps none on the same address).
    --nohostaware)
fi
export CMS_PUBLIC_URL="${CMS_PUBLIC_URL:-http://localhost:${port}}"
# Health and metrics answer on this loopback port only (postdeploy-commands.txt), not beside the public site.
export CMS_MANAGEMENT_PORT="${CMS_MANAGEMENT_PORT:-9080}"

# shellcheck disable=SC2086 # CMS_JAVA_OPTS is a list of JVM options
exec java ${CMS_JAVA_OPTS:--Xmx768m} -Djava.io.tmpdir="$PWD/$tmp" \
  -jar cms-web/target/payara-micro.jar \
  "${cluster[@]}" \
  --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --postdeploycommandfile cms-web/src/main/payara/postdeploy-commands.txt \
  --port "$port" \
  --deploy cms-web/target/cms.war --contextroot /
