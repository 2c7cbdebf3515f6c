#!/usr/bin/env bash
# Fetches Neo4j Community and its dependencies from Maven Central into neo4j/lib (once; cached).
set -euo pipefail
cd "$(dirname "$0")/../neo4j"
if [ -f lib/.complete ]; then
  exit 0
fi
command -v mvn >/dev/null || { echo "Maven (mvn) is required to fetch Neo4j: apt-get install maven" >&2; exit 1; }
command -v java >/dev/null || { echo "Java 17+ is required to run Neo4j: apt-get install openjdk-17-jre-headless" >&2; exit 1; }
echo "Fetching Neo4j $(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' pom.xml) from Maven Central into neo4j/lib ..." >&2
rm -rf lib
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DoutputDirectory=lib -DincludeScope=runtime >&2
touch lib/.complete
echo "Neo4j fetched ($(ls lib | wc -l) jars)." >&2
