#!/usr/bin/env bash
# Debian packages coopgraph uses beside Python, installed non-interactively and only when missing:
#   graphviz  - the `dot` renderer for `coopgraph map`
#   virtuoso  - Virtuoso Open Source, a SPARQL server for the export tests
#   jena      - Apache Jena and a JDK, for `coopgraph validate --engine jena` and the benchmarks
# Usage: scripts/install-system.sh graphviz virtuoso [jena]     (no argument: graphviz and virtuoso)
set -euo pipefail
[ $# -gt 0 ] || set -- graphviz virtuoso
packages=()
for what in "$@"; do
    case "$what" in
        graphviz) command -v dot >/dev/null 2>&1 || packages+=(graphviz fonts-dejavu-core) ;;
        virtuoso) command -v virtuoso-t >/dev/null 2>&1 || packages+=(virtuoso-opensource) ;;
        jena) { command -v javac >/dev/null 2>&1 && [ -f /usr/share/java/jena-shacl.jar ]; } \
                  || packages+=(libapache-jena-java default-jdk-headless) ;;
        *) echo "install-system.sh: unknown component '$what' (graphviz, virtuoso, jena)" >&2; exit 2 ;;
    esac
done
if [ ${#packages[@]} -eq 0 ]; then
    echo "already installed: $*"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
# the Virtuoso package may start a system-wide server on all interfaces: the tests start their own on loopback
if [[ " ${packages[*]} " == *" virtuoso-opensource "* ]] && command -v service >/dev/null 2>&1; then
    $SUDO service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
fi
echo "installed: ${packages[*]}"
