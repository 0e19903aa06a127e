# Shell functions for the benchmarks that start their own servers (bench/cases, bench/evidence).
# Source it after setting: bench (the benchmark's name), root (the project) and run (its run dir).
# shellcheck shell=sh

mvn_quiet="mvn -q -B -ntp -Dstyle.color=never"

say() { printf 'bench %s: %s\n' "$bench" "$*"; }
die() { printf 'bench %s: %s\n' "$bench" "$1" >&2; exit 1; }
elapsed() { echo $(($(date +%s) - $1)); }
esc=$(printf '\033')
# Maven's output without the colour codes it leaves even in batch mode, and without empty lines
plain() { sed "s/$esc\[[0-9;]*m//g" "$1" | sed '/^[[:space:]]*$/d'; }

require_tools() { # tool...
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is needed"
  done
}

# Dies unless nothing answers on 127.0.0.1:port (curl's exit 7 means the connection was refused).
require_free_port() { # port setting
  rc=0
  curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/" || rc=$?
  [ "$rc" -eq 7 ] || die "port $1 is in use: set $2 to another port"
}

# Fails with the log's last lines.
logged() { # log command...
  log=$1
  shift
  "$@" >"$log" 2>&1 || { tail -n 40 "$log" >&2; die "failed: $* (log: $log)"; }
}

wait_for() { # url seconds what log
  i=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" 2>/dev/null || true)" = 200 ]; do
    [ "$i" -lt "$2" ] || { tail -n 30 "$4" >&2; die "$3 was not ready at $1 within $2 s (log: $4)"; }
    i=$((i + 2))
    sleep 2
  done
}

# The Payara Micro jar from Maven Central into the cache ./portal uses, once; sets payara_jar.
fetch_payara() {
  payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$root/pom.xml" | head -n 1)
  cache=${PORTAL_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/portal}
  payara_jar=$cache/payara-micro-$payara_version.jar
  if [ ! -f "$payara_jar" ]; then
    mkdir -p "$cache"
    logged "$run/build.log" $mvn_quiet -N dependency:copy \
      -Dartifact="fish.payara.extras:payara-micro:$payara_version:jar" -DoutputDirectory="$cache"
  fi
}

# Payara Micro with case-api alone at /api, configured by the PORTAL_* variables exported by the
# caller, in the background; its pid in $run/payara.pid. Extra JVM options come after the
# defaults (the same as ./portal up's unless PORTAL_BENCH_PAYARA_JAVA_OPTS says otherwise).
start_payara() { # http port, extra JVM options...
  port=$1
  shift
  rm -rf "$run/payara" && mkdir -p "$run/payara"
  nohup java ${PORTAL_BENCH_PAYARA_JAVA_OPTS:--Xmx768m -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl} \
    "$@" -jar "$payara_jar" --nocluster \
    --hzconfigfile "$root/etc/payara/hazelcast-loopback.xml" --rootdir "$run/payara" \
    --port "$port" --deploy "$root/case-api/target/case-api.war:/api" >"$run/payara.log" 2>&1 &
  echo $! >"$run/payara.pid"
}

stop_pid_file() { # pid file
  [ -f "$1" ] || return 0
  pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 30 ]; do sleep 1; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

start_keycloak() { # port
  logged "$run/keycloak-start.log" env PORTAL_RUN_DIR="$run" PORTAL_KEYCLOAK_PORT="$1" \
    "$root/realm-config/keycloak" start
}

stop_keycloak() { # port
  PORTAL_RUN_DIR=$run PORTAL_KEYCLOAK_PORT=$1 "$root/realm-config/keycloak" stop >/dev/null 2>&1 || true
}
