#!/usr/bin/env bash
# Builds the CMS and starts it on Payara Micro at http://localhost:8080 (embedded H2 database under ./data).
# Configuration comes from the environment: see "Configuration" in README.md.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests -pl cms-web -am package

mkdir -p data/tmp
# A killed run leaves Payara Micro's unpacked runtime behind; start from a clean one.
rm -rf data/tmp/payaramicro-rt*

port="${CMS_PORT:-8080}"
export CMS_PUBLIC_URL="${CMS_PUBLIC_URL:-http://localhost:${port}}"
# Health and metrics answer on this loopback port only (postdeploy-commands.txt), not beside the public site.
export CMS_MANAGEMENT_PORT="${CMS_MANAGEMENT_PORT:-9080}"

# shellcheck disable=SC2086 # CMS_JAVA_OPTS is a list of JVM options
exec java ${CMS_JAVA_OPTS:--Xmx768m} -Djava.io.tmpdir="$PWD/data/tmp" \
  -jar cms-web/target/payara-micro.jar \
  --nocluster \
  --prebootcommandfile cms-web/src/main/payara/preboot-commands.txt \
  --postdeploycommandfile cms-web/src/main/payara/postdeploy-commands.txt \
  --port "$port" \
  --deploy cms-web/target/cms.war --contextroot /
