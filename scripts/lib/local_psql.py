"""psql against the PostgreSQL of the local scripts (PG_HOST, PG_PORT, PG_USER, PG_PASSWORD, PG_BIN from
scripts/lib/postgres.sh), for the benchmarks (scripts/bench/) and the memory measurement (k8s/measure/)."""

import os
import subprocess


def psql(database, sql):
    """Runs sql in database and returns its output (unaligned, tuples only); a failure ends the run (SystemExit)
    with psql's message, which a clean-up step may catch to log and go on."""
    binary = os.path.join(os.environ["PG_BIN"], "psql") if os.environ.get("PG_BIN") else "psql"
    cmd = [binary, "-h", os.environ.get("PG_HOST", "127.0.0.1"), "-p", os.environ.get("PG_PORT", "55432"),
           "-U", os.environ.get("PG_USER", "postgres"), "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql]
    result = subprocess.run(cmd, env=dict(os.environ, PGPASSWORD=os.environ.get("PG_PASSWORD", "postgres")),
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"psql failed on {database}: {result.stderr.strip()}\n{sql}")
    return result.stdout.strip()
