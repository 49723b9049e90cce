#!/bin/bash
# Runs before the Payara Server image starts the domain (the image runs ${SCRIPT_DIR}/init_*.sh in order, before
# init_1_generate_deploy_commands.sh adds the deploy command): joins this container to the CMS's data grid when
# one is configured. Without either variable the instance is alone, as with a single `cms` service.
#   CMS_CLUSTER_MEMBERS     host:port,host:port   explicit members (compose: cms:5900,cms-2:5900)
#   CMS_CLUSTER_KUBERNETES  namespace/service     Hazelcast's Kubernetes discovery (a headless service)
# The entry point *sources* every init script: no `exit` and no `set -e` here (either would end or change the
# entry point itself, and an `exit 0` would stop the container before the server starts); a function returns.

cms_join_data_grid() {
  local marker="# cms data grid" mode
  # A restarted container keeps its files: configure once.
  if grep -qF "$marker" "$POSTBOOT_COMMANDS" 2>/dev/null; then
    return 0
  fi
  if [ -n "${CMS_CLUSTER_MEMBERS:-}" ]; then
    mode="--clustermode tcpip --tcpipmembers ${CMS_CLUSTER_MEMBERS}"
  elif [ -n "${CMS_CLUSTER_KUBERNETES:-}" ]; then
    mode="--clustermode kubernetes --kubernetesnamespace ${CMS_CLUSTER_KUBERNETES%%/*} --kubernetesservicename ${CMS_CLUSTER_KUBERNETES#*/}"
  else
    return 0
  fi
  # Before the deploy command: Hazelcast restarts with the new discovery before the CMS subscribes to its topic.
  # Containers on one host (compose) must still keep each other's backups: host-aware partitioning off.
  {
    echo "$marker"
    echo "set-hazelcast-configuration ${mode} --clustername ${CMS_CLUSTER_NAME:-cms} --startport 5900 --hostawarepartitioning false --dynamic true"
  } >> "$POSTBOOT_COMMANDS"
}

cms_join_data_grid
unset -f cms_join_data_grid
