#!/usr/bin/env bash
# SIP2 load against the real gateway (embedded H2 + Artemis), from an empty data directory:
# starts routes/target/gateway.jar with the bench terminal account, seeds patrons and items
# through REST, runs Sip2LoadGenerator with the arguments given, stops the gateway.
#   bench/sip2/gateway-bench.sh --connections=200 --seconds=20 --warmup=5 --readonly
# Env: PATRONS (default 200: one per connection), GW_OPTS (extra JVM options for the gateway).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=$(mktemp -d /tmp/bench-gw.XXXXXX)
http=18080
sip2=16001
[ -f routes/target/gateway.jar ] || mvn -q -B install -DskipTests
java -Xmx1g -Dgateway.sip2.config=bench/sip2/sip2-bench.yaml ${GW_OPTS:-} -jar routes/target/gateway.jar \
    --data-dir "$data" --http-port $http --sip2-port $sip2 > "$data/gateway.log" 2>&1 &
gw=$!
trap 'kill $gw 2>/dev/null; wait $gw 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 60); do
    curl -sf http://127.0.0.1:$http/api/health > /dev/null && break
    sleep 1
done
cd bench
mvn -q -B exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.GatewayBenchData \
    -Dexec.args="--http=http://127.0.0.1:$http --patrons=${PATRONS:-200} --items-per-patron=50"
mvn -q -B exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.Sip2LoadGenerator \
    -Dexec.args="--host=127.0.0.1 --port=$sip2 --login=bench $*" 2>&1 | grep -v SLF4J
echo "gateway CPU time: $(ps -o cputime= -p $gw)"
