# Shared by the bench scripts: build, class path, sizes, project generation. Source it from the
# repository root.

# The three sizes of the issue: entities and migrations (about 10 statements per migration).
size_counts() {
  case "$1" in
    small) echo "20 30" ;;
    medium) echo "200 400" ;;
    large) echo "1000 3000" ;;
    *x*) echo "${1%x*} ${1#*x}" ;; # e.g. 50x80
    *) echo "unknown size '$1': small, medium, large or NxM" >&2; return 1 ;;
  esac
}

# Builds the processor's shaded jar and the bench module (never installs anything).
bench_build() {
  if [[ "$1" == 1 ]]; then
    echo "building the processor jar and the bench module ..." >&2
    mvn -B -q -Pbench -pl bench -am package -DskipTests >&2
  fi
  PROCESSOR_JAR=$(ls processor/target/schemadrift-processor-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1)
  [[ -n "$PROCESSOR_JAR" ]] || { echo "no processor/target/schemadrift-processor-*.jar: run without --no-build" >&2; return 1; }
  PROCESSOR_JAR=$(pwd)/$PROCESSOR_JAR
  BENCH_CP=$(pwd)/bench/target/classes:$(cat bench/target/classpath.txt)
  JPA_JAR=$(tr ':' '\n' < bench/target/classpath.txt | grep 'jakarta.persistence-api' | head -1)
  export PROCESSOR_JAR BENCH_CP JPA_JAR
}

# generate_project DIR ENTITIES MIGRATIONS [generator args...]: deterministic (seed 42).
generate_project() {
  local dir=$1 n=$2 m=$3
  shift 3
  rm -rf "$dir"
  mkdir -p "$(dirname "$dir")"
  java -cp "$BENCH_CP" io.github.schemadrift.bench.ProjectGenerator --out "$dir" --entities "$n" --migrations "$m" "$@" \
    > "$dir.generated.txt"
  mv "$dir.generated.txt" "$dir/generated.txt"
}

load1() {
  cut -d' ' -f1 /proc/loadavg
}
