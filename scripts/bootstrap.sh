#!/usr/bin/env bash
# Makes a machine that has only Node and npm ready to build and test the project: pnpm, the Debian packages
# the PDF and browser tests use, and the workspace's dependencies. Safe to run again; it only adds what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | tail -n1)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm@$PNPM_VERSION" >&2
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION"
fi

# The Debian packages are needed for the tests only: `bootstrap.sh start` skips them.
if [ "${1:-test}" = start ]; then
  pnpm install --frozen-lockfile --reporter=silent
  exit 0
fi

# chromium: widget browser tests; poppler-utils, qpdf: PDF checks; mupdf-tools (mutool), python3-pikepdf (for
# /usr/bin/python3) and ghostscript: the appendix re-saved by other tools, which the reader must still open;
# libpdfbox2-java with the two APIs its preflight needs on Java 11+ (javax.activation, JAXB) and a Java
# runtime: the PDF/A-1b check.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v mutool >/dev/null 2>&1 || need+=(mupdf-tools)
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import pikepdf' >/dev/null 2>&1 || need+=(python3-pikepdf)
[ -e /usr/share/java/preflight.jar ] || need+=(libpdfbox2-java)
[ -e /usr/share/java/javax.activation.jar ] || need+=(libactivation-java)
[ -e /usr/share/java/jaxb-api.jar ] || need+=(libjaxb-api-java)
# A JDK, not only a runtime: the Java client in examples/java is compiled (javac) and run against the service.
command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else SUDO="none"; fi
  if [ "$SUDO" = none ]; then
    echo "bootstrap: please install these Debian packages: ${need[*]}" >&2
    exit 1
  fi
  echo "bootstrap: installing Debian packages: ${need[*]}" >&2
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

pnpm install --frozen-lockfile --reporter=silent
