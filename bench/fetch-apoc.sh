#!/usr/bin/env bash
# Fetches APOC core (needed only by the @neo4j/graphql peer in bench/query.bench.ts) from Maven
# Central into neo4j/plugins/ (git-ignored; once, cached). Wants the version of neo4j/pom.xml and
# steps the patch down until one resolves: Maven Central stops at some 5.26.x patches.
set -euo pipefail
cd "$(dirname "$0")/../neo4j"
neo4j_version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' pom.xml)
if ls plugins/apoc-core-*-core.jar >/dev/null 2>&1; then
  echo "APOC already in neo4j/plugins: $(ls plugins/apoc-core-*-core.jar)" >&2
  exit 0
fi
command -v mvn >/dev/null || { echo "Maven (mvn) is required to fetch APOC: apt-get install maven" >&2; exit 1; }
minor=${neo4j_version%.*}
patch=${neo4j_version##*.}
mkdir -p plugins
for ((p = patch; p >= 0; p--)); do
  version="$minor.$p"
  if mvn -B -q dependency:get -Dtransitive=false -Dartifact="org.neo4j.procedure:apoc-core:$version:jar:core" >/dev/null 2>&1; then
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.neo4j.procedure:apoc-core:$version:jar:core" -DoutputDirectory=plugins >&2
    echo "APOC core $version (for Neo4j $neo4j_version) is in neo4j/plugins/" >&2
    exit 0
  fi
  echo "apoc-core $version is not on Maven Central; trying the patch below" >&2
done
echo "no apoc-core $minor.x found on Maven Central" >&2
exit 1
