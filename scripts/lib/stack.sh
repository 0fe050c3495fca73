# shellcheck shell=bash
# The local stack of docs/architecture.md §8, docs/architecture.md "Demo identities" besides PostgreSQL: Keycloak from Maven Central and the services as
# packaged jars. Every process started here gets a pid file under .run/pids and a log under .run/logs;
# a pid file is trusted only while its process still runs the expected command line (pids get reused).

KC_VERSION=26.5.6
KC_PORT=8180
KC_URL="http://localhost:$KC_PORT"
KC_HOME="$GOVSHARE_RUN/keycloak/keycloak-$KC_VERSION"
KC_REALM_FILE="$GOVSHARE_ROOT/scripts/keycloak/govshare-realm.json"
GOVSHARE_OIDC_URL="${GOVSHARE_OIDC_URL:-$KC_URL/realms/govshare}"
PIDS="$GOVSHARE_RUN/pids"
LOGS="$GOVSHARE_RUN/logs"

# module port database: the four services of docs/architecture.md §2, in start order (callees first).
SERVICE_TABLE="catalog-service 8081 catalog
request-service 8082 requests
exchange-stats-service 8083 exchange
report-service 8084 reports"

# The services whose module exists in this checkout (the stack works at every commit of the repo).
present_services() {
  local module port db
  while read -r module port db; do
    [ -f "$GOVSHARE_ROOT/$module/pom.xml" ] && echo "$module"
  done <<<"$SERVICE_TABLE"
}

# The web console (docs/console.md): no database; it calls the four services with the user's own token.
CONSOLE_MODULE=console
CONSOLE_PORT=8085
CONSOLE_URL="http://localhost:$CONSOLE_PORT"

# console_present: true when this checkout has the console module.
console_present() { [ -f "$GOVSHARE_ROOT/$CONSOLE_MODULE/pom.xml" ]; }

service_field() { # service_field MODULE COLUMN(2=port,3=db)
  awk -v m="$1" -v c="$2" '$1 == m { print $c }' <<<"$SERVICE_TABLE"
}

service_jar() { echo "$GOVSHARE_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# service_java_opts MODULE: the JVM options a service is started with; scripts/bench-startup measures start-up with
# the same options (ADR docs/adr/2026-12-06-startup-jvm-options.md). GOVSHARE_JAVA_OPTS replaces the defaults:
# - SERVICE_JVM_OPTS: a small initial heap (the JVM would take 1/64 of this machine's memory and touch it), the
#   serial collector (one GC thread, nothing concurrent to share two cores with) and C1 only
#   (-XX:TieredStopAtLevel=1: no C2 compiler competing with start-up for the two cores; the report was faster with
#   it too). exchange-stats-service keeps C2 and the parallel collector of its image (its ingestion is CPU-bound
#   and C1 alone ingested 15-30 % slower), with C2's thresholds ten times higher (LATE_C2_JVM_OPTS): what runs
#   only during start-up is no longer compiled by C2, the ingestion's loops still are, within the first batches.
# - a class-data archive of a training run (JDK 17 dynamic CDS): the first start of a jar writes
#   .run/cds/MODULE-<jar mtime>-<jar size>.jsa when the service stops (-XX:ArchiveClassesAtExit, every class the
#   start and the requests until then loaded); the next starts of the same jar map it (-XX:SharedArchiveFile).
#   A rebuilt jar has another name, so its archive is trained again. The jar must be started from its directory
#   (service_start does): the archive records the class path it was made with.
SERVICE_JVM_OPTS="-Xms64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
LATE_C2_JVM_OPTS="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
service_java_opts() {
  local opts jar jsa
  jar=$(service_jar "$1")
  case "$1" in
    "$CONSOLE_MODULE") opts="${GOVSHARE_JAVA_OPTS:--Xmx256m $SERVICE_JVM_OPTS}" ;;
    exchange-stats-service) opts="${GOVSHARE_JAVA_OPTS:--Xmx512m -Xms64m -XX:+UseParallelGC $LATE_C2_JVM_OPTS}" ;;
    *) opts="${GOVSHARE_JAVA_OPTS:--Xmx512m $SERVICE_JVM_OPTS}" ;;
  esac
  [ -f "$jar" ] || { echo "$opts"; return 0; }
  jsa="$GOVSHARE_RUN/cds/$1-$(stat -c '%Y-%s' "$jar").jsa"
  if [ -s "$jsa" ]; then
    echo "$opts -XX:SharedArchiveFile=$jsa"
  else
    echo "$opts -XX:ArchiveClassesAtExit=$jsa"
  fi
}

# cds_prune MODULE: removes the archives of earlier builds of MODULE's jar (service_java_opts) and makes the
# directory the JVM writes a new one into.
cds_prune() {
  local keep
  keep="$1-$(stat -c '%Y-%s' "$(service_jar "$1")").jsa"
  mkdir -p "$GOVSHARE_RUN/cds"
  find "$GOVSHARE_RUN/cds" -name "$1-*.jsa" ! -name "$keep" -delete 2>/dev/null || true
}

# running NAME PATTERN: prints the pid when .run/pids/NAME.pid names a live process whose command line
# contains PATTERN; removes a stale pid file.
running() {
  local file="$PIDS/$1.pid" pid
  [ -s "$file" ] || return 1
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2"; then
    echo "$pid"
    return 0
  fi
  rm -f "$file"
  return 1
}

# port_owner PORT: "java (pid 123)" when ss can tell who listens there.
port_owner() {
  command -v ss >/dev/null 2>&1 || return 0
  ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:(("[^"]*",pid=[0-9]*' | head -1 \
    | sed -E 's/users:\(\("([^"]*)",pid=([0-9]*)/\1 (pid \2)/'
}

# require_free_port PORT WHAT: stops with a clear message when something else listens on PORT.
require_free_port() {
  if port_in_use "$1"; then
    local owner
    owner=$(port_owner "$1")
    die "port $1 (needed for $2) is already in use${owner:+ by $owner}. Stop that process (or 'scripts/down' if it is an earlier stack) and run again."
  fi
}

# wait_http URL SECONDS WHAT PID LOG: waits for a 200, failing early when the process dies.
wait_http() {
  local url="$1" seconds="$2" what="$3" pid="$4" logfile="$5" waited=0
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$logfile" >&2 || true
      if [ -n "${STARTUP_HINT:-}" ] && grep -q "Migration checksum mismatch" "$logfile"; then
        die "$what exited during start-up; log: $logfile. $STARTUP_HINT"
      fi
      die "$what exited during start-up; log: $logfile"
    fi
    [ "$waited" -ge "$seconds" ] && {
      tail -n 30 "$logfile" >&2 || true
      die "$what did not answer $url within ${seconds}s; log: $logfile"
    }
    sleep 1
    waited=$((waited + 1))
  done
}

# stop_process NAME PATTERN: TERM, then KILL after 30 s, for a process this stack started.
stop_process() {
  local pid i
  pid=$(running "$1" "$2") || return 0
  kill "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$1 (pid $pid) ignored TERM for 30 s; killing it"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDS/$1.pid"
  log "stopped $1 (pid $pid)"
}

# start_detached NAME LOG CMD...: starts CMD in its own session (a Ctrl-C of `up` does not take it down);
# the process writes its own pid before exec, so the pid file is right whether or not setsid forks.
start_detached() {
  local name="$1" logfile="$2"
  shift 2
  mkdir -p "$PIDS" "$LOGS"
  rm -f "$PIDS/$name.pid"
  setsid nohup sh -c 'echo $$ >"$0"; exec "$@"' "$PIDS/$name.pid" "$@" >"$logfile" 2>&1 </dev/null &
  local i
  for i in $(seq 1 50); do
    [ -s "$PIDS/$name.pid" ] && return 0
    sleep 0.1
  done
  die "$name did not start; log: $logfile"
}

## Keycloak

# The distribution comes from Maven Central through the Maven wrapper, once; .run/keycloak keeps it.
kc_install() {
  [ -x "$KC_HOME/bin/kc.sh" ] && return 0
  log "fetching Keycloak $KC_VERSION from Maven Central (once; kept in ${KC_HOME#"$GOVSHARE_ROOT"/})"
  mkdir -p "$GOVSHARE_RUN/keycloak"
  (cd "$GOVSHARE_ROOT" && ./mvnw -B -q -N dependency:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$GOVSHARE_RUN/keycloak" -Dmdep.overWriteReleases=true) >&2 || die "could not fetch Keycloak from Maven Central"
  [ -x "$KC_HOME/bin/kc.sh" ] || die "Keycloak unpacked without $KC_HOME/bin/kc.sh"
}

kc_realm_stamp() { cksum <"$KC_REALM_FILE" | cut -d' ' -f1; }

# Starts Keycloak unless it runs already with the current realm file; does not wait for it.
kc_start() {
  local stamp_file="$GOVSHARE_RUN/keycloak/realm.stamp"
  if running keycloak "$KC_HOME" >/dev/null; then
    if [ "$(cat "$stamp_file" 2>/dev/null)" = "$(kc_realm_stamp)" ]; then
      log "reusing Keycloak on port $KC_PORT"
      return 0
    fi
    log "the realm file changed: restarting Keycloak with a fresh import"
    stop_process keycloak "$KC_HOME"
  fi
  require_free_port "$KC_PORT" Keycloak
  kc_install
  # The realm is imported only into an empty database: a changed realm file means starting afresh.
  if [ "$(cat "$stamp_file" 2>/dev/null)" != "$(kc_realm_stamp)" ]; then
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$KC_REALM_FILE" "$KC_HOME/data/import/govshare-realm.json"
  log "starting Keycloak on port $KC_PORT (the first start builds Keycloak: about 1.5 min; later ones about 25 s)"
  # The bootstrap admin (master realm, admin console at $KC_URL/admin) is a local demo credential.
  start_detached keycloak "$LOGS/keycloak.log" env -u JAVA_OPTS JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname="$KC_URL" --import-realm
  kc_realm_stamp >"$stamp_file"
}

kc_wait() {
  local pid
  pid=$(cat "$PIDS/keycloak.pid" 2>/dev/null || true)
  wait_http "$GOVSHARE_OIDC_URL/.well-known/openid-configuration" 300 Keycloak "$pid" "$LOGS/keycloak.log"
  log "Keycloak ready: $KC_URL (realm govshare)"
}

## Services

# Modules whose jar is missing or older than their sources or a POM.
stale_services() {
  local module jar
  for module in "$@"; do
    jar=$(service_jar "$module")
    # a change of the shared library (common/) makes every service stale
    if [ ! -f "$jar" ] || [ -n "$(find "$GOVSHARE_ROOT/$module/src" "$GOVSHARE_ROOT/$module/pom.xml" \
      "$GOVSHARE_ROOT/common/src" "$GOVSHARE_ROOT/common/pom.xml" "$GOVSHARE_ROOT/docs/api" \
      "$GOVSHARE_ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
      echo "$module"
    fi
  done
}

build_services() {
  [ "$#" -eq 0 ] && return 0
  log "building $* (jars missing or older than their sources)"
  # -am builds common/ too (never taken from ~/.m2, where another checkout may have put another version)
  (cd "$GOVSHARE_ROOT" && ./mvnw -B -q package -am -DskipTests -Dspotless.check.skip=true \
    -pl "$(IFS=,; echo "$*")") >&2 || die "the build of $* failed"
}

# service_start MODULE: starts the jar with the environment of docs/adr/*identity-and-service-tokens.md.
service_start() {
  local module="$1" port db jar client pid
  port=$(service_field "$module" 2)
  db=$(service_field "$module" 3)
  jar=$(service_jar "$module")
  client="$module"
  if pid=$(running "$module" "$jar"); then
    if [ "$jar" -nt "$PIDS/$module.pid" ]; then
      log "$module was rebuilt: restarting it"
      stop_process "$module" "$jar"
    else
      log "reusing $module on port $port (pid $pid)"
      return 0
    fi
  fi
  require_free_port "$port" "$module"
  cds_prune "$module"
  # shellcheck disable=SC2046 # the JVM options are several words
  start_detached "$module" "$LOGS/$module.log" env -C "$(dirname "$jar")" GOVSHARE_OIDC_URL="$GOVSHARE_OIDC_URL" \
    GOVSHARE_OIDC_CLIENT_ID="$client" GOVSHARE_OIDC_CLIENT_SECRET="$client-secret" \
    GOVSHARE_DB_HOST="$PG_HOST" GOVSHARE_DB_PORT="$PG_PORT" GOVSHARE_DB_NAME="$db" \
    GOVSHARE_DB_USER="$PG_USER" GOVSHARE_DB_PASSWORD="$PG_PASSWORD" \
    GOVSHARE_CATALOG_URL=http://localhost:8081 GOVSHARE_REQUESTS_URL=http://localhost:8082 \
    GOVSHARE_EXCHANGE_URL=http://localhost:8083 GOVSHARE_REPORT_URL=http://localhost:8084 \
    QUARKUS_HTTP_HOST=127.0.0.1 GOVSHARE_LOG_JSON="${GOVSHARE_LOG_JSON:-false}" \
    GOVSHARE_OTLP_ENDPOINT="${GOVSHARE_OTLP_ENDPOINT:-}" GOVSHARE_OTLP_DELAY="${GOVSHARE_OTLP_DELAY:-5s}" \
    java $(service_java_opts "$module") -jar "$jar"
  log "starting $module on port $port"
}

# console_start: the console's jar on 8085 against the local services and Keycloak (docs/console.md). Its session
# secret is made once per checkout under .run (sessions survive a restart of the console).
console_start() {
  local jar pid secret_file="$GOVSHARE_RUN/console-session-secret"
  jar=$(service_jar "$CONSOLE_MODULE")
  if pid=$(running "$CONSOLE_MODULE" "$jar"); then
    if [ "$jar" -nt "$PIDS/$CONSOLE_MODULE.pid" ]; then
      log "console was rebuilt: restarting it"
      stop_process "$CONSOLE_MODULE" "$jar"
    else
      log "reusing the console on port $CONSOLE_PORT (pid $pid)"
      return 0
    fi
  fi
  require_free_port "$CONSOLE_PORT" console
  if [ ! -s "$secret_file" ]; then
    mkdir -p "$GOVSHARE_RUN"
    (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' | head -c 48 >"$secret_file")
  fi
  cds_prune "$CONSOLE_MODULE"
  # shellcheck disable=SC2046 # the JVM options are several words
  start_detached "$CONSOLE_MODULE" "$LOGS/$CONSOLE_MODULE.log" env -C "$(dirname "$jar")" GOVSHARE_OIDC_URL="$GOVSHARE_OIDC_URL" \
    GOVSHARE_CONSOLE_SESSION_SECRET="$(cat "$secret_file")" \
    GOVSHARE_CATALOG_URL=http://localhost:8081 GOVSHARE_REQUESTS_URL=http://localhost:8082 \
    GOVSHARE_EXCHANGE_URL=http://localhost:8083 GOVSHARE_REPORT_URL=http://localhost:8084 \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    java $(service_java_opts "$CONSOLE_MODULE") -jar "$jar"
  log "starting the console on port $CONSOLE_PORT"
}

console_wait() {
  wait_http "http://localhost:$CONSOLE_PORT/q/health/ready" 180 console "$(cat "$PIDS/$CONSOLE_MODULE.pid")" \
    "$LOGS/$CONSOLE_MODULE.log"
  log "console ready: $CONSOLE_URL"
}

service_wait() {
  local module="$1" port db
  port=$(service_field "$module" 2)
  db=$(service_field "$module" 3)
  STARTUP_HINT="It refuses its database '$db' when a migration applied there has since been edited: that database holds only local data; drop it (psql -h $PG_HOST -p $PG_PORT -U $PG_USER -c 'drop database $db') and run scripts/up again, which reloads the demo."
  wait_http "http://localhost:$port/q/health/ready" 180 "$module" "$(cat "$PIDS/$module.pid")" "$LOGS/$module.log"
  STARTUP_HINT=""
  log "$module ready: http://localhost:$port"
}

# service_start_copy MODULE PORT DB_SUFFIX PORT_OFFSET: a second instance of MODULE on PORT against its database
# with DB_SUFFIX, calling the other second instances (ports + PORT_OFFSET); pid file and log "<module>-copy".
# The backup round trip of scripts/test starts the services this way on a restored copy of the databases.
service_start_copy() {
  local module="$1" port="$2" suffix="$3" offset="$4" db jar
  db=$(service_field "$module" 3)
  jar=$(service_jar "$module")
  require_free_port "$port" "$module (copy)"
  # shellcheck disable=SC2046 # the JVM options are several words
  start_detached "$module-copy" "$LOGS/$module-copy.log" env -C "$(dirname "$jar")" GOVSHARE_OIDC_URL="$GOVSHARE_OIDC_URL" \
    GOVSHARE_OIDC_CLIENT_ID="$module" GOVSHARE_OIDC_CLIENT_SECRET="$module-secret" \
    GOVSHARE_DB_HOST="$PG_HOST" GOVSHARE_DB_PORT="$PG_PORT" GOVSHARE_DB_NAME="$db$suffix" \
    GOVSHARE_DB_USER="$PG_USER" GOVSHARE_DB_PASSWORD="$PG_PASSWORD" \
    GOVSHARE_CATALOG_URL="http://localhost:$((8081 + offset))" GOVSHARE_REQUESTS_URL="http://localhost:$((8082 + offset))" \
    GOVSHARE_EXCHANGE_URL="http://localhost:$((8083 + offset))" GOVSHARE_REPORT_URL="http://localhost:$((8084 + offset))" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" GOVSHARE_COMPACTION_INTERVAL=PT0S \
    java $(service_java_opts "$module") -jar "$jar"
  log "starting $module (copy) on port $port against $db$suffix"
}
