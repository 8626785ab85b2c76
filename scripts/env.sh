# Sourced by the project's scripts: selects a JDK >= 21 and a Maven >= 3.9 for the Tycho build.
# Why: the machines ship OpenJDK 17 + Maven 3.8.7 as defaults, but Tycho 5 needs Java 21+ and Maven 3.9+.
# Maven is fetched once from the Maven repository the installed `mvn` already uses (no host is named here).
MASKLET_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAVEN_VERSION=3.9.16
TOOLS_DIR="$MASKLET_ROOT/.tools"

java_major() { # prints the feature version of the JDK at $1
  local rel="$1/release"
  [ -f "$rel" ] || { echo 0; return; }
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel"
}

select_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then return; fi
  local best="" best_v=0 d v
  for d in /usr/lib/jvm/*/ /opt/java/*/; do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "${d%/}")
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="${d%/}"; best_v=$v; fi
  done
  if [ -z "$best" ]; then
    echo "masklet: no JDK >= 21 found (looked in /usr/lib/jvm and /opt/java). Install one, e.g. a Temurin 21+ JDK." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

select_maven() {
  MVN="$TOOLS_DIR/apache-maven-$MAVEN_VERSION/bin/mvn"
  if [ ! -x "$MVN" ]; then
    command -v mvn >/dev/null || { echo "masklet: need an installed 'mvn' to bootstrap Maven $MAVEN_VERSION" >&2; return 1; }
    local tmp; tmp=$(mktemp -d)
    echo "masklet: fetching Maven $MAVEN_VERSION into $TOOLS_DIR" >&2
    # run outside the project: the installed Maven would otherwise try to load the Tycho extension in .mvn/
    ( cd "$tmp" && mvn -q -B dependency:copy \
        -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:tar.gz:bin -DoutputDirectory="$tmp" ) || return 1
    mkdir -p "$TOOLS_DIR"
    tar -xzf "$tmp/apache-maven-$MAVEN_VERSION-bin.tar.gz" -C "$TOOLS_DIR" || return 1
    rm -rf "$tmp"
  fi
  export MVN
}

select_jdk && select_maven && export PATH="$JAVA_HOME/bin:$PATH"
