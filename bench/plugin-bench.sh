#!/usr/bin/env bash
# The cost of schemadrift-maven-plugin's check-inputs goal when nothing changed (issue 21: at most
# 20 ms). Builds nothing itself: needs `mvn -B -pl annotations,processor,maven-plugin package -DskipTests`.
# Two measures, both CPU time of the building thread (the machine is shared; wall time is printed too):
#  1. execute() alone in a fresh JVM (bench/plugin/CheckInputsCost.java), once cold and 20 times warm:
#     the processor writes the record with javac first.
#  2. the goal inside real Maven: `mvn -o compile` of a generated project with the plugin, with
#     bench/plugin/MojoCpuSpy.java as a core extension; it prints the CPU time from Maven's
#     MojoStarted to MojoSucceeded event of each goal (class realm, mojo set-up and execute()),
#     for RUNS builds with nothing changed (default 5); the median is printed.
#   bench/plugin-bench.sh [migrations...]     default: the sample (measure 1 only), then 300 and 3000
#   RUNS=3 bench/plugin-bench.sh 3000
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's:.*<version>\(.*-SNAPSHOT\)</version>.*:\1:p' "$root/pom.xml" | head -1)
processor="$root/processor/target/schemadrift-processor-$version.jar"
plugin="$root/maven-plugin/target/classes"
pluginjar="$root/maven-plugin/target/schemadrift-maven-plugin-$version.jar"
api=$(find ~/.m2/repository/org/apache/maven/maven-plugin-api/3.9.9 -name '*.jar' | head -1)
jpa=$(find ~/.m2/repository/jakarta/persistence/jakarta.persistence-api/3.2.0 -name '*.jar' | head -1)
mavenlib="$(dirname "$(readlink -f "$(command -v mvn)")")/../lib"
[[ -f "$processor" && -f "$pluginjar" && -f "$api" && -f "$jpa" ]] || { echo "build first: mvn -B -pl annotations,processor,maven-plugin package -DskipTests" >&2; exit 1; }
work=${BENCH_WORK:-$(mktemp -d)}; [[ -n "${BENCH_WORK:-}" ]] || trap 'rm -rf "$work"' EXIT
runs=${RUNS:-5}

measure() { # $1 project dir, $2 label: execute() in a fresh JVM
  local dir="$1"
  mkdir -p "$dir/target/classes"
  find "$dir/src/main/java" -name '*.java' > "$work/sources"
  javac -proc:full -processorpath "$processor" -cp "$jpa" -d "$dir/target/classes" -implicit:none \
    -Aschemadrift.projectDir="$dir" -Aschemadrift.cache=off @"$work/sources" > "$work/javac.log" 2>&1 || true
  [[ -f "$dir/target/schemadrift-inputs/classes.txt" ]] || { echo "no record written for $2" >&2; cat "$work/javac.log" >&2; exit 1; }
  local files; files=$(grep -c '^entry\|^file' "$dir/target/schemadrift-inputs/classes.txt")
  echo "$2 ($files files in the record), execute() alone: $(java -cp "$plugin:$api" "$root/bench/plugin/CheckInputsCost.java" "$dir/target/classes" 21 | tail -1)"
}

spy() { # the core extension that prints each goal's CPU time
  [[ -f "$work/spy.jar" ]] && return
  mkdir -p "$work/spy/META-INF/plexus"
  javac -d "$work/spy" -cp "$(ls "$mavenlib"/*.jar | tr '\n' ':')" "$root/bench/plugin/MojoCpuSpy.java"
  printf '<component-set><components><component><role>org.apache.maven.eventspy.EventSpy</role><role-hint>mojo-cpu</role-hint><implementation>MojoCpuSpy</implementation></component></components></component-set>\n' \
    > "$work/spy/META-INF/plexus/components.xml"
  (cd "$work/spy" && jar cf "$work/spy.jar" .)
}

repository() { # a local repository: links to ~/.m2's folders, this build's jars for io/github/schemadrift
  [[ -d "$work/repo" ]] && return
  mkdir -p "$work/repo/io/github/schemadrift"
  for e in ~/.m2/repository/*; do [[ "$(basename "$e")" == io ]] || ln -s "$e" "$work/repo/"; done
  for e in ~/.m2/repository/io/*; do [[ "$(basename "$e")" == github ]] || ln -s "$e" "$work/repo/io/"; done
  for e in ~/.m2/repository/io/github/*; do [[ "$(basename "$e")" == schemadrift ]] || ln -s "$e" "$work/repo/io/github/"; done
  local g="$work/repo/io/github/schemadrift"
  mkdir -p "$g/schemadrift-parent/$version" "$g/schemadrift-maven-plugin/$version" "$g/schemadrift-processor/$version"
  cp "$root/pom.xml" "$g/schemadrift-parent/$version/schemadrift-parent-$version.pom"
  cp "$root/maven-plugin/pom.xml" "$g/schemadrift-maven-plugin/$version/schemadrift-maven-plugin-$version.pom"
  cp "$pluginjar" "$g/schemadrift-maven-plugin/$version/schemadrift-maven-plugin-$version.jar"
  printf '<project><modelVersion>4.0.0</modelVersion><groupId>io.github.schemadrift</groupId><artifactId>schemadrift-processor</artifactId><version>%s</version></project>\n' "$version" \
    > "$g/schemadrift-processor/$version/schemadrift-processor-$version.pom"
  cp "$processor" "$g/schemadrift-processor/$version/schemadrift-processor-$version.jar"
}

in_maven() { # $1 project dir (with its pom), $2 label: the goal inside `mvn -o compile`
  spy; repository
  local dir="$1" m=(mvn -B -o -Dmaven.repo.local="$work/repo" -Dstyle.color=never)
  (cd "$dir" && "${m[@]}" -q compile > "$work/first.log" 2>&1) || { cat "$work/first.log" >&2; exit 1; }
  : > "$work/spy.log"
  for ((r = 0; r < runs; r++)); do
    (cd "$dir" && "${m[@]}" -Dmaven.ext.class.path="$work/spy.jar" compile > "$work/build.log" 2>&1) || { cat "$work/build.log" >&2; exit 1; }
    grep -q "Nothing to compile" "$work/build.log" || { echo "the build with nothing changed compiled:" >&2; cat "$work/build.log" >&2; exit 1; }
    grep '^\[mojo-cpu\]' "$work/build.log" >> "$work/spy.log"
  done
  for goal in schemadrift-maven-plugin:check-inputs maven-resources-plugin:resources maven-compiler-plugin:compile; do
    grep -F "] $goal " "$work/spy.log" | awk -v g="$goal" -v label="$2" '{ cpu[NR] = $3; wall[NR] = $6 }
      END { n = asort(cpu); asort(wall); printf "%s, in mvn -o compile: %s median %.2f ms CPU (min %.2f, max %.2f), wall median %.2f ms, %d builds\n",
        label, g, cpu[int((n + 1) / 2)], cpu[1], cpu[n], wall[int((n + 1) / 2)], n }'
  done
}

generated() { # $1 number of migrations
  local dir="$work/gen$1"
  mkdir -p "$dir/src/main/java/app" "$dir/src/main/resources/db/migration"
  sed -e "s/@VERSION@/$version/g" "$root/bench/plugin/pom.xml" > "$dir/pom.xml"
  echo 'spring.datasource.url=jdbc:postgresql://localhost/app' > "$dir/src/main/resources/application.properties"
  printf 'package app;\nimport jakarta.persistence.*;\n@Entity @Table(name = "task") public class Task { @Id private Long id; }\n' > "$dir/src/main/java/app/Task.java"
  echo 'CREATE TABLE task (id BIGINT PRIMARY KEY);' > "$dir/src/main/resources/db/migration/V1__init.sql"
  for ((i = 2; i <= $1; i++)); do
    echo "ALTER TABLE task ADD COLUMN c$i INT; ALTER TABLE task DROP COLUMN c$i;" > "$dir/src/main/resources/db/migration/V${i}__step_$i.sql"
  done
  measure "$dir" "$1 generated migrations"
  rm -rf "$dir/target"
  in_maven "$dir" "$1 generated migrations"
}

if [[ $# -eq 0 ]]; then
  cp -r "$root/sample" "$work/sample"; rm -rf "$work/sample/target"; cp "$root/pom.xml" "$work/pom.xml"
  # the sample's classes need Spring on the class path; only the entities matter for the record
  rm -f "$work/sample/src/main/java/com/example/tasks/"{TaskRepository,TasksApplication}.java
  measure "$work/sample" "the sample"
  set -- 300 3000
fi
for n in "$@"; do generated "$n"; done
