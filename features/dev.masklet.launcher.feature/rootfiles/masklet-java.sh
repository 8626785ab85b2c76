# Sourced by the masklet and masklet-cli scripts: finds a Java >= 21 and the Equinox launcher of this installation.
# Order: $MASKLET_JAVA, $JAVA_HOME, the newest JDK/JRE under /usr/lib/jvm, then `java` on PATH.
MASKLET_HOME="$(cd "$(dirname "$(readlink -f "$0")")" && pwd)"
masklet_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
masklet_find_java() {
  local c best="" best_v=0 v
  for c in "${MASKLET_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" /usr/lib/jvm/*/bin/java "$(command -v java 2>/dev/null)"; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    v=$(masklet_java_major "$c")
    if [ "${v:-0}" -ge 21 ]; then
      # the explicit choices win; among the others take the newest
      if [ "$c" = "${MASKLET_JAVA:-}" ] || [ "$c" = "${JAVA_HOME:-}/bin/java" ]; then echo "$c"; return; fi
      if [ "$v" -gt "$best_v" ]; then best="$c"; best_v=$v; fi
    fi
  done
  [ -n "$best" ] && { echo "$best"; return; }
  echo "Masklet needs Java 21 or newer: set MASKLET_JAVA or JAVA_HOME to one" >&2
  return 1
}
MASKLET_JAVA_BIN=$(masklet_find_java) || exit 1
MASKLET_LAUNCHER=$(ls "$MASKLET_HOME"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$MASKLET_LAUNCHER" ] || { echo "masklet: $MASKLET_HOME/plugins/org.eclipse.equinox.launcher_*.jar is missing; the installation is damaged" >&2; exit 1; }
# JavaCPP (FFmpeg) reflects into java.lang.
# JavaCPP's own logger prints "Warning: Versions of org.bytedeco:javacpp:1.5.14 and org.bytedeco:openblas:0.3.31-1.5.13
# do not match" on stderr whenever OpenCV loads: the matching openblas is not on Maven Central, the older one has the
# same soname and works (README, Mask geometry). Its messages go through SLF4J (bundled) instead, where only JavaCPP's
# loader is set to errors only, so stderr keeps Masklet's own lines and real loading errors.
MASKLET_VM_ARGS=(--add-opens java.base/java.lang=ALL-UNNAMED -Dosgi.requiredJavaVersion=21
  -Dorg.bytedeco.javacpp.logger=slf4j -Dorg.slf4j.simpleLogger.log.org.bytedeco.javacpp.Loader=error)
# extra JVM options, split at spaces, e.g. MASKLET_JAVA_OPTS=-Dmasklet.media.frameCacheMb=128
if [ -n "${MASKLET_JAVA_OPTS:-}" ]; then
  # shellcheck disable=SC2206
  MASKLET_VM_ARGS+=($MASKLET_JAVA_OPTS)
fi
