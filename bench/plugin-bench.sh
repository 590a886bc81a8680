#!/usr/bin/env bash
# The cost of schemadrift-maven-plugin's check-inputs goal when nothing changed (issue 21: at most
# 20 ms). Builds nothing itself: needs `mvn -B -pl annotations,processor,maven-plugin package -DskipTests`.
# For each project: the processor writes its record (javac with the shaded jar), then
# bench/plugin/CheckInputsCost.java runs the goal's execute() in a fresh JVM, once cold and 20 times warm.
#   bench/plugin-bench.sh [migrations...]     default: the sample, then 300 and 3000 generated migrations
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | head -1)
processor="$root/processor/target/schemadrift-processor-$version.jar"
plugin="$root/maven-plugin/target/classes"
api=$(find ~/.m2/repository/org/apache/maven/maven-plugin-api/3.9.9 -name '*.jar' | head -1)
jpa=$(find ~/.m2/repository/jakarta/persistence/jakarta.persistence-api/3.2.0 -name '*.jar' | head -1)
[[ -f "$processor" && -d "$plugin" && -f "$api" && -f "$jpa" ]] || { echo "build first: mvn -B -pl annotations,processor,maven-plugin package -DskipTests" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

measure() { # $1 project dir, $2 label
  local dir="$1"
  mkdir -p "$dir/target/classes"
  find "$dir/src/main/java" -name '*.java' > "$work/sources"
  javac -proc:full -processorpath "$processor" -cp "$jpa" -d "$dir/target/classes" -implicit:none \
    -Aschemadrift.projectDir="$dir" -Aschemadrift.cache=off @"$work/sources" > "$work/javac.log" 2>&1 || true
  [[ -f "$dir/target/schemadrift-inputs/classes.txt" ]] || { echo "no record written for $2" >&2; cat "$work/javac.log" >&2; exit 1; }
  local files; files=$(grep -c '^entry\|^file' "$dir/target/schemadrift-inputs/classes.txt")
  echo "$2 ($files files in the record): $(java -cp "$plugin:$api" "$root/bench/plugin/CheckInputsCost.java" "$dir/target/classes" 21)"
}

generated() { # $1 number of migrations
  local dir="$work/gen$1"
  mkdir -p "$dir/src/main/java/app" "$dir/src/main/resources/db/migration"
  echo '<project/>' > "$dir/pom.xml"
  echo 'spring.datasource.url=jdbc:postgresql://localhost/app' > "$dir/src/main/resources/application.properties"
  printf 'package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = "task") public class Task { @Id private Long id; }\n' > "$dir/src/main/java/app/Task.java"
  echo 'CREATE TABLE task (id BIGINT PRIMARY KEY);' > "$dir/src/main/resources/db/migration/V1__init.sql"
  for ((i = 2; i <= $1; i++)); do
    echo "ALTER TABLE task ADD COLUMN c$i INT; ALTER TABLE task DROP COLUMN c$i;" > "$dir/src/main/resources/db/migration/V${i}__step_$i.sql"
  done
  measure "$dir" "$1 generated migrations"
}

if [[ $# -eq 0 ]]; then
  cp -r "$root/sample" "$work/sample"; rm -rf "$work/sample/target"; cp "$root/pom.xml" "$work/pom.xml"
  # the sample's classes need Spring on the class path; only the entities matter for the record
  rm -f "$work/sample/src/main/java/com/example/tasks/"{TaskRepository,TasksApplication}.java
  measure "$work/sample" "the sample"
  set -- 300 3000
fi
for n in "$@"; do generated "$n"; done
