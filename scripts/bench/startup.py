#!/usr/bin/env python3
"""Start-up benchmark of the four services; run it through scripts/bench-startup (which packages the jars first).

For each service it creates a database of its own (bench_startup_<db>) on the PostgreSQL of the stack, starts the
packaged jar once to apply its migrations (not counted: a restarted service finds its schema in place), then
starts it --runs times (default 5) on a spare port, one start at a time, and measures

- ready_s: from the moment the process is started to the first 200 of /q/health/ready (polled every 20 ms);
- rss_mb: VmRSS of /proc/<pid>/status at that moment (MiB);
- quarkus_s: the "started in" that Quarkus logs (from its own main to listening), for comparison;

then stops it (TERM) before the next start. Like the stack's start script, it starts a jar from its directory
(target/quarkus-app). When the options use a class-data archive (-XX:SharedArchiveFile or -XX:ArchiveClassesAtExit,
as the stack's start script does, docs/adr/2026-12-06-startup-jvm-options.md), the benchmark makes its own: the first,
uncounted start is the training run (-XX:ArchiveClassesAtExit=<run dir>/<service>.jsa, written when it stops) and
the timed starts map that archive; the stack's archives are never read or written. With --java pointing at a JDK
24+ and -XX:AOTCache=… in the options, the AOT cache (JEP 483/514) is trained and mapped the same way
(-XX:AOTCacheOutput= on the first start, -XX:AOTCache= afterwards). It prints one line per service:
`<service> ready_s_median=… rss_mb_median=… quarkus_s_median=… ready_s_min=… ready_s_max=… runs=N`.

The services run beside the stack: they verify tokens against the stack's Keycloak (GOVSHARE_OIDC_URL, default
http://localhost:8180/realms/govshare) and call the stack's services on 8081-8084, with the JVM options of the
stack's start script (BENCH_JAVA_OPTS_<SERVICE> given by scripts/bench-startup, or --java-opts for all). Everything
it started is stopped and its databases dropped, also on failure or Ctrl-C. Only the Python standard library is used.
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from signed_tokens import Keys, TokenEndpoint  # noqa: E402
from local_psql import psql  # noqa: E402
# --without-keycloak: tokens verified with a key of the run, service tokens from a token endpoint of the run
OIDC_OFFLINE = []
# module, database of the stack (bench_startup_<db> is used), port offset
SERVICES = [("catalog-service", "catalog", 1), ("request-service", "requests", 2),
            ("exchange-stats-service", "exchange", 3), ("report-service", "reports", 4)]
PROCESSES = []
JAVA = ["java"]  # --java


def log(message):
    print(f"[bench-startup] {message}", file=sys.stderr, flush=True)


def ready(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/health/ready", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def java_opts(module, override):
    if override is not None:
        return override.split()
    key = "BENCH_JAVA_OPTS_" + module.upper().replace("-", "_")
    return os.environ.get(key, os.environ.get("BENCH_JAVA_OPTS", "-Xmx512m")).split()


CDS_OPTIONS = ("-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=")
AOT_OPTIONS = ("-XX:AOTCache=", "-XX:AOTCacheOutput=")  # JDK 24+ (JEP 483/514): the archive is an AOT cache


def uses_archive(opts):
    return any(o.startswith(CDS_OPTIONS + AOT_OPTIONS) for o in opts)


def with_archive(opts, jsa, training):
    """The options with any class-data archive option replaced by this run's archive jsa: written at exit when
    training (the first start), mapped otherwise; options without an archive stay as they are."""
    if not uses_archive(opts):
        return opts
    kept = [o for o in opts if not o.startswith(CDS_OPTIONS + AOT_OPTIONS)]
    if any(o.startswith(AOT_OPTIONS) for o in opts):
        return kept + [("-XX:AOTCacheOutput=" if training else "-XX:AOTCache=") + jsa]
    return kept + [("-XX:ArchiveClassesAtExit=" if training else "-XX:SharedArchiveFile=") + jsa]


def start_once(module, database, port, opts, logpath, timeout):
    """Starts the jar, waits for readiness; returns (ready_s, rss_mb, quarkus_s) and leaves the process stopped."""
    jar = os.path.join(ROOT, module, "target/quarkus-app/quarkus-run.jar")
    oidc = os.environ.get("GOVSHARE_OIDC_URL", "http://localhost:8180/realms/govshare")
    env = dict(os.environ, GOVSHARE_OIDC_URL=oidc, GOVSHARE_OIDC_CLIENT_ID=module,
               GOVSHARE_OIDC_CLIENT_SECRET=f"{module}-secret",
               GOVSHARE_DB_HOST=os.environ.get("PG_HOST", "127.0.0.1"),
               GOVSHARE_DB_PORT=os.environ.get("PG_PORT", "55432"), GOVSHARE_DB_NAME=database,
               GOVSHARE_DB_USER=os.environ.get("PG_USER", "postgres"),
               GOVSHARE_DB_PASSWORD=os.environ.get("PG_PASSWORD", "postgres"),
               GOVSHARE_CATALOG_URL="http://localhost:8081", GOVSHARE_REQUESTS_URL="http://localhost:8082",
               GOVSHARE_EXCHANGE_URL="http://localhost:8083", GOVSHARE_REPORT_URL="http://localhost:8084",
               QUARKUS_HTTP_HOST="127.0.0.1", QUARKUS_HTTP_PORT=str(port), GOVSHARE_LOG_JSON="false",
               GOVSHARE_COMPACTION_INTERVAL="PT0S")
    with open(logpath, "w") as logfile:
        started = time.monotonic()
        process = subprocess.Popen([JAVA[0]] + opts + OIDC_OFFLINE + ["-jar", jar], env=env, stdout=logfile, stderr=subprocess.STDOUT,
                                   start_new_session=True, cwd=os.path.dirname(jar))
        PROCESSES.append(process)
        try:
            while True:
                if process.poll() is not None:
                    raise SystemExit(f"{module} stopped during start-up (exit {process.returncode}); log {logpath}")
                if ready(port):
                    ready_s = time.monotonic() - started
                    rss = rss_mb(process.pid)
                    break
                if time.monotonic() - started > timeout:
                    raise SystemExit(f"{module} not ready within {timeout} s; log {logpath}")
                time.sleep(0.02)
        finally:
            stop(process)
    quarkus_s = float("nan")
    with open(logpath, errors="replace") as f:
        match = re.search(r"started in ([0-9.]+)s", f.read())
        if match:
            quarkus_s = float(match.group(1))
    return ready_s, rss, quarkus_s


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=120)  # a training start writes its archive at exit
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process in PROCESSES:
        PROCESSES.remove(process)


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timed starts per service (default 5)")
    parser.add_argument("--services", default=",".join(s[0] for s in SERVICES),
                        help="comma-separated modules (default: the four services)")
    parser.add_argument("--base-port", type=int, default=28080, help="service i listens on base+i (default 28080)")
    parser.add_argument("--java-opts", default=None,
                        help="JVM options for every service instead of the start script's, written --java-opts='-Xmx512m ...'")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=OPTS",
                        help="compare JVM options: with one or more, each run starts the service once with each "
                             "variant's options in turn (interleaved, so that a change of the machine's load hits "
                             "them alike) and a line is printed per variant, e.g. --variant base=-Xmx512m "
                             "--variant c1='-Xmx512m -XX:TieredStopAtLevel=1'; -XX:SharedArchiveFile={jsa} maps the "
                             "archive the first start of this run trains")
    parser.add_argument("--without-keycloak", action="store_true",
                        help="for start-up analysis when no stack runs: tokens verified with a public key of the run "
                             "(quarkus.oidc.public-key, no OIDC discovery at start), service tokens from a token "
                             "endpoint of this script (no discovery either); not the figure of docs/performance.md")
    parser.add_argument("--java", default="java", help="the java command (default: java on the PATH)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds a start may take before it fails")
    parser.add_argument("--keep-logs", action="store_true", help="keep the services' logs (their paths are logged)")
    parser.add_argument("--no-build", action="store_true", help="(handled by scripts/bench-startup)")
    args = parser.parse_args()
    JAVA[0] = args.java
    wanted = [s for s in SERVICES if s[0] in args.services.split(",")]
    if not wanted:
        raise SystemExit(f"no known service in --services {args.services}")
    if {args.base_port + s[2] for s in wanted} & {8081, 8082, 8083, 8084, 8085, 8180}:
        raise SystemExit("the benchmark never uses the ports of the local stack")
    logdir = tempfile.mkdtemp(prefix="govshare-bench-startup-")
    databases = []
    token_server = None
    try:
        if args.without_keycloak:
            keys = Keys(logdir, "govshare-bench", "startup")
            token_server = TokenEndpoint(keys)
            OIDC_OFFLINE.extend(["-Dquarkus.oidc.auth-server-url=", f"-Dquarkus.oidc.public-key={keys.public_base64}",
                                 "-Dquarkus.oidc.token.issuer=govshare-bench",
                                 f"-Dquarkus.oidc-client.auth-server-url={token_server.url}",
                                 "-Dquarkus.oidc-client.discovery-enabled=false",
                                 "-Dquarkus.oidc-client.token-path=/token"])
            log("without Keycloak: a key of the run verifies tokens, no OIDC discovery at start")
        for module, db, offset in wanted:
            port = args.base_port + offset
            database = f"bench_startup_{db}"
            psql("postgres", f"drop database if exists {database} with (force)")
            psql("postgres", f"create database {database}")
            databases.append(database)
            jsa = os.path.join(logdir, f"{module}.jsa")
            if args.variant:
                variants = [(v.split("=", 1)[0], v.split("=", 1)[1].replace("{jsa}", jsa).split())
                            for v in args.variant]
            else:
                variants = [("", java_opts(module, args.java_opts))]
            variants = [(name, with_archive(opts, jsa, False)) for name, opts in variants]
            for name, opts in variants:
                log(f"{module}{'[' + name + ']' if name else ''}: java {' '.join(opts)} on port {port}")
            # the first start migrates the database and, when a variant maps an archive, trains it (not counted)
            training = with_archive(next((o for _, o in variants if uses_archive(o)), variants[0][1]), jsa, True)
            log(f"{module}: database {database}; a first start migrates it (not counted): java {' '.join(training)}")
            first = start_once(module, database, port, training, os.path.join(logdir, f"{module}-0.log"),
                               args.timeout)
            if uses_archive(training) and not os.path.isfile(jsa):
                raise SystemExit(f"{module}: the training start wrote no archive {jsa}; log {logdir}/{module}-0.log")
            log(f"{module}: first start {first[0]:.2f} s (with migrations), {first[1]:.0f} MB")
            results = {name: [] for name, _ in variants}
            for run in range(1, args.runs + 1):
                for name, opts in variants:
                    label = f"{module}{'[' + name + ']' if name else ''}"
                    result = start_once(module, database, port, opts,
                                        os.path.join(logdir, f"{module}-{name}{run}.log"), args.timeout)
                    results[name].append(result)
                    log(f"{label}: start {run}: ready {result[0]:.2f} s, RSS {result[1]:.0f} MB, Quarkus "
                        f"'started in' {result[2]:.2f} s (load {loadavg()})")
            for name, runs in results.items():
                ready_s = [r[0] for r in runs]
                print(f"{module}{'[' + name + ']' if name else ''}{' (without Keycloak)' if args.without_keycloak else ''} ready_s_median={statistics.median(ready_s):.2f} "
                      f"rss_mb_median={statistics.median(r[1] for r in runs):.0f} "
                      f"quarkus_s_median={statistics.median(r[2] for r in runs):.2f} "
                      f"ready_s_min={min(ready_s):.2f} ready_s_max={max(ready_s):.2f} runs={args.runs} "
                      f"load={loadavg().replace(' ', '/')}", flush=True)
    finally:
        for process in list(PROCESSES):
            stop(process)
        if token_server:
            token_server.close()
        for database in databases:
            try:
                psql("postgres", f"drop database if exists {database} with (force)")
            except SystemExit as e:
                log(str(e))
        if args.keep_logs:
            log(f"logs kept in {logdir}")
        else:
            shutil.rmtree(logdir, ignore_errors=True)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    main()
