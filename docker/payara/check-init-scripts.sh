#!/bin/bash
# Sources the image's cluster init script the way Payara's entrypoint does (`. "$f"` in a loop, then exec the
# server) and checks that the entry point goes on to start the server, with and without a data grid configured,
# and that a restart does not add the command twice. Run by .ci/run (there is no Docker engine to run the image).
set -uo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

entrypoint() { # env assignments...: prints what the entry point reached
  env -i PATH="$PATH" POSTBOOT_COMMANDS="$work/post-boot" "$@" bash -c '
    for f in ./init_0_cms_cluster.sh; do . "$f"; done
    echo "server started"'
}

fail() { echo "init scripts: $*" >&2; exit 1; }

: > "$work/post-boot"
[ "$(entrypoint)" = "server started" ] || fail "alone: the entry point did not go on"
[ ! -s "$work/post-boot" ] || fail "alone: a data grid command was added"

[ "$(entrypoint CMS_CLUSTER_MEMBERS=cms:5900,cms-2:5900)" = "server started" ] || fail "members: the entry point did not go on"
grep -q -- "--clustermode tcpip --tcpipmembers cms:5900,cms-2:5900" "$work/post-boot" || fail "members: no command"
[ "$(entrypoint CMS_CLUSTER_MEMBERS=cms:5900,cms-2:5900)" = "server started" ] || fail "restart: the entry point did not go on"
[ "$(grep -c "set-hazelcast-configuration" "$work/post-boot")" = 1 ] || fail "restart: the command was added twice"
echo "init_0_cms_cluster.sh: sourced as the entry point does, the server starts (alone, in a grid, after a restart)"
