#!/usr/bin/env bash
# The scale run: digest validate over 10,000 and 100,000 generated posts with -Xmx256m, on 1 and 2 threads,
# with the JVM flags of the ./digest launcher (C1 only, SerialGC).
# Prints wall time and peak memory (max resident set) for each; the figures go to docs/PERFORMANCE.md.
#   digest-bench/scale.sh [N...]     (default: 10000 100000; posts are generated once under /tmp/digest-scale)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests -pl digest-cli,digest-bench -am install >/dev/null
command -v /usr/bin/time >/dev/null || { apt-get update -q && apt-get install -y -q time >/dev/null; }
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
echo "| posts | threads | wall s | peak RSS MB | posts/s |"
echo "|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  dir="/tmp/digest-scale/$n"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    java -cp digest-bench/target/benchmarks.jar org.digestkit.bench.GenerateCorpus "$n" "$dir" >&2
    touch "$dir/.done"
  fi
  # read every post once first, so that both runs find the files in the page cache (the first run would
  # otherwise pay the disk reads and the speed-up would be overstated)
  find "$dir" -type f -name '*.md' -print0 | xargs -0 cat > /dev/null
  for jobs in 1 2; do
    /usr/bin/time -o /tmp/digest-scale/time.txt -f "%e %M" java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
      -jar digest-cli/target/digest.jar validate --format json -o /dev/null --jobs "$jobs" "$dir" \
      >/dev/null 2>&1 || true
    out=$(tail -1 /tmp/digest-scale/time.txt)
    wall=${out% *}; rss=${out#* }
    echo "| $n | $jobs | $wall | $((rss / 1024)) | $(python3 -c "print(round($n/$wall))" 2>/dev/null || echo -) |"
  done
done
