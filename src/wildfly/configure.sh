#!/usr/bin/env bash
# Configures the provisioned server's two configurations offline, from the project folder (the
# build runs it after provisioning):  src/wildfly/configure.sh target/server
#   standalone.xml     setup.cli
#   standalone-ha.xml  setup.cli, then cluster.cli
# Safe to run again on a configured server.
set -euo pipefail
home=${1:?usage: src/wildfly/configure.sh JBOSS_HOME}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The PostgreSQL driver as a module, shared by both configurations.
if [[ ! -d $home/modules/org/postgresql ]]; then
  JBOSS_HOME="$home" "$home/bin/jboss-cli.sh" --command="module add --name=org.postgresql \
--resources=target/drivers/postgresql.jar --dependencies=java.sql,java.naming,jakarta.transaction.api"
fi

for config in standalone.xml standalone-ha.xml; do
  {
    echo "embed-server --server-config=$config --std-out=discard"
    cat src/wildfly/setup.cli
    if [[ $config == standalone-ha.xml ]]; then cat src/wildfly/cluster.cli; fi
    echo "stop-embedded-server"
  } >"$work/$config.cli"
  JBOSS_HOME="$home" "$home/bin/jboss-cli.sh" --file="$work/$config.cli"
done
