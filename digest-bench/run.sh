#!/usr/bin/env bash
# Runs the JMH pipeline benchmarks and prints the ratio table (a few minutes on 2 cores).
#   digest-bench/run.sh            full run (6 warm-up + 8 measured 2-second iterations per benchmark; medians)
#   digest-bench/run.sh --quick    shorter iterations
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests -pl digest-bench -am install >/dev/null
quick=false
[ "${1:-}" = "--quick" ] && quick=true
exec java -Dquick=$quick -Ddigestkit.corpus="${DIGESTKIT_CORPUS:-$root/../shared/corpus}" \
  -jar digest-bench/target/benchmarks.jar
