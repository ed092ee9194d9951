#!/usr/bin/env bash
# Prints the home of a JDK whose version is at least 21: JAVA_HOME first, then the newest JDK
# under /usr/lib/jvm (and other usual places), then the one on PATH. Prints nothing if none fits.
set -u
major() {  # major version of the JDK at $1, or 0
  local rel="$1/release" v
  [ -x "$1/bin/javac" ] || { echo 0; return; }
  if [ -f "$rel" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")
  else
    v=$("$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9]*\).*/\1/p')
  fi
  echo "${v:-0}"
}
if [ -n "${JAVA_HOME:-}" ] && [ "$(major "$JAVA_HOME")" -ge 21 ]; then echo "$JAVA_HOME"; exit 0; fi
best=""; bestv=0
for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/*; do
  [ -d "$d" ] || continue
  [ -L "$d" ] && continue
  v=$(major "$d")
  if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$d"; bestv="$v"; fi
done
if [ -z "$best" ] && command -v javac >/dev/null; then
  d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  [ "$(major "$d")" -ge 21 ] && best="$d"
fi
echo "$best"
