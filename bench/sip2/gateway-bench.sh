#!/usr/bin/env bash
# SIP2 load against the real gateway (embedded H2 + Artemis), from an empty data directory:
# starts routes/target/gateway.jar with the bench terminal account, seeds patrons and items
# through REST, runs Sip2LoadGenerator with the arguments given, stops the gateway.
#   bench/sip2/gateway-bench.sh --connections=200 --seconds=20 --warmup=5 --readonly --idle=1000
#   bench/sip2/gateway-bench.sh --connections=200 --seconds=20 --warmup=5 --rate=3000   (open loop)
# Env: PATRONS (default 200: one per connection), GW_OPTS (JVM options for the gateway, after jvm.options),
#      JAVA (the java that runs the gateway; default: java on the PATH),
#      GW_LOG (a file to keep the gateway's log in; the data directory is deleted at the end),
#      GW_JAR (another build of the gateway to measure, for A/B runs; default routes/target/gateway.jar).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
data=$(mktemp -d /tmp/bench-gw.XXXXXX)
http=18080
sip2=16001
java=${JAVA:-java}
jcmd="$(dirname "$(command -v "$java")")/jcmd"
jar=${GW_JAR:-routes/target/gateway.jar}
[ -f "$jar" ] || mvn -q -B install -DskipTests
# the JVM options ./gateway runs with (jvm.options), then GW_OPTS
"$java" @jvm.options -Dgateway.sip2.config=bench/sip2/sip2-bench.yaml ${GW_OPTS:-} -jar "$jar" \
    --data-dir "$data" --http-port $http --sip2-port $sip2 > "$data/gateway.log" 2>&1 &
gw=$!
trap 'kill $gw 2>/dev/null; wait $gw 2>/dev/null || true; [ -z "${GW_LOG:-}" ] || cp "$data/gateway.log" "$GW_LOG"; rm -rf "$data"' EXIT
for _ in $(seq 60); do
    curl -sf http://127.0.0.1:$http/api/health > /dev/null && break
    sleep 1
done
cd bench
mvn -q -B exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.GatewayBenchData \
    -Dexec.args="--http=http://127.0.0.1:$http --patrons=${PATRONS:-200} --items-per-patron=50"
cpu0=$(ps -o cputime= -p $gw)
out="$data/generator.out"
mvn -q -B exec:java -Dexec.mainClass=si.knjizniprehod.bench.sip2.Sip2LoadGenerator \
    -Dexec.args="--host=127.0.0.1 --port=$sip2 --login=bench --idle-hold=15 $*" > "$out" 2>&1 &
generator=$!
heap=""
idle=$(printf '%s\n' "$@" | sed -n 's/^--idle=//p')
while kill -0 $generator 2>/dev/null; do
    # while the idle connections are held: the gateway's own heap after a full GC
    if [ -z "$heap" ] && [ -n "$idle" ] && [ "$(ss -Htn state established "( sport = :$sip2 )" | wc -l)" -ge "$idle" ]; then
        sleep 2 # the logins complete
        "$jcmd" $gw GC.run > /dev/null
        heap=$("$jcmd" $gw GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1)
        echo "gateway heap after a full GC with the idle connections held: $heap"
    fi
    sleep 1
done
wait $generator || true
grep -v SLF4J "$out"
echo "gateway CPU time before the load: $cpu0, after: $(ps -o cputime= -p $gw)"
