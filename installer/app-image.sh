#!/usr/bin/env bash
# Builds a self-contained application folder (its own Java runtime, no JDK needed on the target) with
# jpackage from the JDK 17 that runs it. Output: target/installer/DelegationDesk/. Native installers
# (.deb, .msi, .dmg) are built from the same inputs on their own systems.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
rm -rf target/installer
mkdir -p target/installer/input
cp target/delegation-desk.jar target/installer/input/
jpackage --type app-image \
  --name DelegationDesk \
  --app-version "${version%%-*}" \
  --vendor "Delegation Desk" \
  --description "Quản lý đoàn công tác" \
  --icon assets/icons/delegation-desk.png \
  --input target/installer/input \
  --main-jar delegation-desk.jar \
  --main-class vn.delegationdesk.app.Main \
  --java-options "-Dfile.encoding=UTF-8" \
  --dest target/installer
echo "target/installer/DelegationDesk"
