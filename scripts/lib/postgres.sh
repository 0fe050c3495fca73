# shellcheck shell=bash
# The private PostgreSQL cluster of docs/architecture.md "Demo identities": data under .run/pg, port 55432, trust auth on 127.0.0.1.
# pg_ensure reuses a server already listening (or GOVSHARE_DB_URL), otherwise starts one and remembers
# that it did, so that pg_stop_if_started stops only what this script started.

PG_PORT="${GOVSHARE_DB_PORT:-55432}"
PG_HOST=127.0.0.1
PG_USER=postgres
PG_PASSWORD=postgres
PG_STARTED_HERE=""
PG_DATA=""

# The databases of the four services, and their test twins (tests never touch the stack's data).
GOVSHARE_DATABASES="catalog requests exchange reports catalog_test requests_test exchange_test reports_test"

pg_bindir() {
  local d
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir; return
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return; }
  done
  return 1
}

# Parses GOVSHARE_DB_URL (postgresql://user:password@host:port) into PG_* variables.
pg_from_url() {
  local url="${GOVSHARE_DB_URL#postgres://}"
  url="${url#postgresql://}"
  url="${url%%/*}"
  local cred="" hostport="$url"
  if [[ "$url" == *@* ]]; then cred="${url%@*}"; hostport="${url##*@}"; fi
  PG_HOST="${hostport%%:*}"
  [[ "$hostport" == *:* ]] && PG_PORT="${hostport##*:}" || PG_PORT=5432
  if [ -n "$cred" ]; then
    PG_USER="${cred%%:*}"
    [[ "$cred" == *:* ]] && PG_PASSWORD="${cred#*:}"
  fi
}

pg_psql() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -v ON_ERROR_STOP=1 -qAt "$@"
}

# Runs a PostgreSQL server binary as the right user: initdb refuses root, so root runs it as 'postgres'.
pg_as_owner() {
  if is_root; then
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  else
    "$@"
  fi
}

pg_choose_datadir() {
  PG_DATA="$GOVSHARE_RUN/pg"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "user 'postgres' is missing (install the postgresql package)"
    mkdir -p "$GOVSHARE_RUN"
    # The postgres user must reach the data dir; a checkout under a private (0700) dir is not reachable.
    if ! su postgres -s /bin/bash -c "test -x '$GOVSHARE_RUN'" 2>/dev/null; then
      PG_DATA="/var/tmp/govshare-pg-$(printf '%s' "$GOVSHARE_ROOT" | cksum | cut -d' ' -f1)"
      log "checkout not reachable by user postgres; cluster data goes to $PG_DATA"
    fi
  fi
}

pg_ensure() {
  if [ -n "${GOVSHARE_DB_URL:-}" ]; then
    pg_from_url
  fi
  PG_BIN=$(pg_bindir) || {
    log "PostgreSQL server binaries not found"
    apt_install postgresql postgresql-client
    PG_BIN=$(pg_bindir) || die "PostgreSQL still not found after installing it"
  }
  export PG_BIN
  if [ -n "${GOVSHARE_DB_URL:-}" ]; then
    pg_psql -d postgres -c 'select 1' >/dev/null || die "cannot connect to GOVSHARE_DB_URL ($PG_HOST:$PG_PORT)"
    log "using PostgreSQL at $PG_HOST:$PG_PORT (GOVSHARE_DB_URL)"
  elif "$PG_BIN/pg_isready" -q -h "$PG_HOST" -p "$PG_PORT"; then
    log "reusing PostgreSQL already running on $PG_HOST:$PG_PORT"
  else
    if port_in_use "$PG_PORT"; then
      die "port $PG_PORT is in use by something that is not PostgreSQL; free it or set GOVSHARE_DB_PORT"
    fi
    pg_choose_datadir
    if [ ! -s "$PG_DATA/PG_VERSION" ]; then
      log "creating a private PostgreSQL cluster in $PG_DATA"
      mkdir -p "$PG_DATA"
      is_root && chown postgres "$PG_DATA"
      chmod 700 "$PG_DATA"
      pg_as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
        || die "initdb failed"
    fi
    log "starting PostgreSQL on $PG_HOST:$PG_PORT"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=$PG_HOST -c max_connections=300 -c fsync=${GOVSHARE_PG_FSYNC:-on}" \
      start >/dev/null || die "PostgreSQL did not start; see $PG_DATA/server.log"
    PG_STARTED_HERE=1
  fi
  export PG_HOST PG_PORT PG_USER PG_PASSWORD
}

pg_create_databases() {
  local db
  for db in $GOVSHARE_DATABASES; do
    if [ "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
      pg_psql -d postgres -c "create database $db" >/dev/null
    fi
  done
}

pg_stop_if_started() {
  if [ -n "$PG_STARTED_HERE" ]; then
    log "stopping the PostgreSQL this script started"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null || true
    PG_STARTED_HERE=""
  fi
}

## Backups (scripts/backup, scripts/restore): one archive of the four services' databases

# The databases of the services (without the test twins), in the order of SERVICE_TABLE.
GOVSHARE_SERVICE_DATABASES="catalog requests exchange reports"

# pg_require_running: connects to the server of GOVSHARE_DB_URL, or to the local stack's cluster on PG_PORT, which
# must already run (a backup or restore never starts one).
pg_require_running() {
  if [ -n "${GOVSHARE_DB_URL:-}" ]; then pg_from_url; fi
  PG_BIN=$(pg_bindir) || die "PostgreSQL client programs (pg_dump, pg_restore, psql) not found: install postgresql-client"
  export PG_BIN
  pg_psql -d postgres -c 'select 1' >/dev/null 2>&1 \
    || die "no PostgreSQL answers on $PG_HOST:$PG_PORT (start the stack, or set GOVSHARE_DB_URL / GOVSHARE_DB_PORT)"
}

# pg_dump_database DB FILE: a custom-format dump without owners and privileges (restorable under any owner).
pg_dump_database() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/pg_dump" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" \
    --format=custom --no-owner --no-acl --file="$2" "$1" || die "pg_dump of $1 failed"
}

# pg_database_is_empty DB: true when DB does not exist or has no table, view or sequence outside the system schemas.
pg_database_is_empty() {
  [ "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$1'")" = "1" ] || return 0
  [ "$(pg_psql -d "$1" -c "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'v', 'S', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
       and n.nspname not like 'pg_toast%'")" = "0" ]
}

# pg_restore_database FILE DB: restores a dump into DB (created when missing), owned by the connecting user.
pg_restore_database() {
  if [ "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$2'")" != "1" ]; then
    pg_psql -d postgres -c "create database \"$2\"" >/dev/null
  fi
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/pg_restore" -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" \
    --dbname="$2" --no-owner --no-acl --exit-on-error --single-transaction "$1" || die "pg_restore into $2 failed"
}
