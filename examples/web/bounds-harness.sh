#!/usr/bin/env bash
# Measures what bad uploads cost the packaged server (status, time, RSS growth, other requests answered): see
# src/test/java/dev/aiinterview/web/UploadBoundsHarness.java. Run from the repository root or from examples/web.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -ntp -q package -DskipTests
mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" \
    dev.aiinterview.web.UploadBoundsHarness
