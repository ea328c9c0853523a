#!/usr/bin/env bash
# Runs the JMH pipeline benchmarks and prints the ratio table (a few minutes on 2 cores).
#   digest-bench/run.sh            full run (6 warm-up + 8 measured 2-second iterations per benchmark; medians)
#   digest-bench/run.sh --quick    shorter iterations
#   digest-bench/run.sh --interleaved [rounds [rule,rule...]]
#                                  validation's cost only, parse and parse + validate passes alternating in one
#                                  JVM (InterleavedValidationCost): robust to a machine's slow phases; the rules
#                                  named are turned off, to see what they cost
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests -pl digest-bench -am install >/dev/null
if [ "${1:-}" = "--interleaved" ]; then
  exec java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -Ddigestkit.corpus="${DIGESTKIT_CORPUS:-$root/../shared/corpus}" \
    -cp digest-bench/target/benchmarks.jar org.digestkit.bench.InterleavedValidationCost "${2:-60}" ${3:+"$3"}
fi
quick=false
[ "${1:-}" = "--quick" ] && quick=true
exec java -Dquick=$quick -Ddigestkit.corpus="${DIGESTKIT_CORPUS:-$root/../shared/corpus}" \
  -jar digest-bench/target/benchmarks.jar
