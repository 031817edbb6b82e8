#!/bin/sh
# Makes the AppCDS archive of the installed app: the classes its start loads (the class list made when the package was
# built, delegation-desk.classlist) from the JDK, JavaFX, the libraries and the app, mapped ready-made by every later
# start instead of being read, parsed and checked anew. Run by the package's postinst, after the files are in place:
# Java 17 takes an archive only for the exact class path it was made with, so it is made where the app is installed.
# The launcher's -XX:SharedArchiveFile names it; should the archive fail, the runtime's own archive (JDK classes) is
# put in its place, since a missing archive would switch class sharing off altogether.
set -u
APPDIR=$(cd "$(dirname "$0")" && pwd -P)
JAVA="$APPDIR/../runtime/bin/java"
ARCHIVE="$APPDIR/delegation-desk.jsa"
CFG="$APPDIR/Delegation Desk.cfg"
# The class path exactly as the launcher gives it: the cfg's app.classpath entries, in order, $APPDIR expanded.
CLASSPATH=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\$APPDIR|$APPDIR|g" | tr '\n' ':' | sed 's/:$//')
rm -f "$ARCHIVE"
if [ -n "$CLASSPATH" ] && "$JAVA" -Xshare:dump -XX:+UseSerialGC -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:SharedClassListFile="$APPDIR/delegation-desk.classlist" -XX:SharedArchiveFile="$ARCHIVE" \
        -cp "$CLASSPATH" >/dev/null 2>&1 && [ -s "$ARCHIVE" ]; then
    exit 0
fi
echo "Delegation Desk: no class archive of the app was made; the JDK's is used" >&2
cp "$APPDIR/../runtime/lib/server/classes.jsa" "$ARCHIVE"
