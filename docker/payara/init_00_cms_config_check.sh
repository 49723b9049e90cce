#!/bin/bash
# Runs first among the image's init_*.sh (sorted before init_0_cms_cluster.sh): checks the configuration with the
# CMS's own rules (cms-core ConfigurationCheck) before the domain starts. An invalid setting prints one line
# naming it and ends the container with status 2, instead of a server that starts with nothing deployed.
# The entry point sources this file: no `set -e` here, and `exit` ends the entry point itself.
if ! java -cp /opt/payara/cms-config-check org.specworks.cms.shared.ConfigurationCheck; then
  exit 2
fi
