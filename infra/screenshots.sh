#!/bin/sh
# Refreshes docs/screenshots/: the main pages of the portal and the admin app at 390, 1280 and 1920 px, with the demo
# gemeente's content (backend/src/test/java/nl/inbreng/look/MainPagesScreenshots.java). Needs what the browser
# journeys need: Chromium at /usr/bin/chromium and a MySQL-family server (see the README's test section).
# Run from the repository root: infra/screenshots.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rm -f docs/screenshots/*.png
mvn -B -q -pl backend -am test -Dtest=MainPagesScreenshots -Dsurefire.failIfNoSpecifiedTests=false \
  -DskipFrontendTests -Dinbreng.screenshots="$root/docs/screenshots"
ls docs/screenshots
