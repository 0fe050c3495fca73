#!/usr/bin/env python3
"""Benchmark of exchange-stats-service; run it through scripts/bench-exchange (which packages the jars first).

1. rounds of ingestion and COPY, alternating, each of the same N generated records (1,000 organizations, 5,000
   resources, one month, posted in time order as a gateway would) under new ids: the service ingests them through
   POST /api/v1/exchange-records (exactly-once storage on; records/s), waits until the compactor has merged what
   they appended, then the same rows are COPYed into a bare table of the same database (rows/s). Round 0 is the
   cold one, right after the service started: it warms the service up and is reported on its own
   (cold_ingest_ratio); rounds 1..--ingest-rounds (default 3) give ingest_ratio (the median of their ratios),
   ingest_ratio_spread (max - min) and sustained_ratio (the median of ingestion with the compaction time after the
   last answer added, against COPY);
2. checks the month's summary total against every call posted, and a re-posted batch stores nothing;
3. loads 12 months of national-scale aggregates straight into the service's tables (daily granularity, >= 1e9
   calls a month), warms up and prints p50/p95 latency of summary, rankings, regions and organization queries.

Tokens: an RSA key generated for the run (openssl) signs them; both services verify with its public key
(quarkus.oidc.public-key), and a small token endpoint in this process gives exchange-stats-service its
client-credentials token for catalog-service. Only the Python 3 standard library and openssl are used.
"""
import argparse
import bisect
import http.client
import itertools
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from signed_tokens import Keys, TokenEndpoint  # noqa: E402
from local_psql import psql  # noqa: E402
ISSUER = "govshare-bench"
SHANGHAI = timezone(timedelta(hours=8))
PROCESSES = []


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- tokens

# ---------------------------------------------------------------------------------------------- processes


def recreate_database(name):
    psql("postgres", f"drop database if exists {name} with (force)")
    psql("postgres", f"create database {name}")


def start_service(name, jar, port, database, keys, extra):
    env = dict(os.environ, GOVSHARE_DB_NAME=database, GOVSHARE_DB_HOST=os.environ.get("PG_HOST", "127.0.0.1"),
               GOVSHARE_DB_PORT=os.environ.get("PG_PORT", "55432"))
    # the collector and the compiler thresholds of exchange-stats-service's container image (GC_CONTAINER_OPTIONS, and
    # LATE_C2_JVM_OPTS of scripts/lib/stack.sh, given by scripts/bench-exchange, as in JAVA_OPTS_APPEND of its
    # Dockerfile.jvm; catalog-service is started alike)
    args = ["java", "-Xmx2g", "-XX:+UseParallelGC"] + os.environ.get("BENCH_LATE_C2_OPTS", "").split() \
        + os.environ.get("BENCH_JAVA_OPTS", "").split() + [ f"-Dquarkus.http.port={port}", "-Dquarkus.oidc.auth-server-url=",
            f"-Dquarkus.oidc.public-key={keys.public_base64}",
            f"-Dquarkus.oidc.token.issuer={ISSUER}", "-Dquarkus.log.console.level=" + os.environ.get("BENCH_LOG_LEVEL", "WARN")] + extra + ["-jar", jar]
    logfile = open(os.path.join(tempfile.gettempdir(), f"bench-{name}.log"), "w")
    process = subprocess.Popen(args, env=env, stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True)
    PROCESSES.append(process)
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} stopped at start; see {logfile.name}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/q/health/ready")
            if connection.getresponse().status == 200:
                log(f"{name} ready on port {port} (pid {process.pid}, log {logfile.name})")
                return process
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{name} did not become ready; see {logfile.name}")


def stop_processes():
    for process in PROCESSES:
        if process.poll() is None:
            process.terminate()
    for process in PROCESSES:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Api:
    """Keep-alive HTTP calls to one service, one connection per thread."""

    def __init__(self, port, token):
        self.port = port
        self.token = token
        self.local = threading.local()

    def call(self, method, path, body=None, content_type="application/json", params=None):
        if params:
            path += "?" + urllib.parse.urlencode(params)
        if getattr(self.local, "connection", None) is None:
            self.local.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        headers = {"Authorization": "Bearer " + self.token, "Accept": "application/json"}
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body is not None:
            headers["Content-Type"] = content_type
        try:
            self.local.connection.request(method, path, body=body, headers=headers)
            response = self.local.connection.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException):
            self.local.connection = None
            raise
        if response.status >= 300:
            raise SystemExit(f"{method} {path} -> {response.status}: {payload[:500]!r}")
        return json.loads(payload) if payload else None


# ---------------------------------------------------------------------------------------------- data

class World:
    """~1,000 organizations (40 national, 100 provincial, 360 prefecture and 500 county bodies in 9 regions),
    ~5,000 resources owned mostly by national and provincial bodies, and 20,000 consumer-resource pairs in use
    (approved share requests) whose traffic follows a Zipf law."""

    def __init__(self, seed, pairs=20_000):
        rng = random.Random(seed)
        self.regions = [(f"52{r + 1:02d}00", f"基准区域{r + 1}") for r in range(9)]
        self.orgs = []
        self.orgs += [(f"bn.{i:03d}", f"基准部委{i}", "NATIONAL", None) for i in range(40)]
        self.orgs += [(f"bp.{i:03d}", f"基准省直部门{i}", "PROVINCIAL", None) for i in range(100)]
        self.orgs += [(f"bf.{i:03d}", f"基准市州单位{i}", "PREFECTURE", self.regions[i % 9][0]) for i in range(360)]
        self.orgs += [(f"bc.{i:03d}", f"基准区县单位{i}", "COUNTY", self.regions[i % 9][0]) for i in range(500)]
        codes = [o[0] for o in self.orgs]
        # providers: national and provincial bodies own most resources
        provider_weights = [8 if o[2] == "NATIONAL" else 10 if o[2] == "PROVINCIAL" else 1 for o in self.orgs]
        owners = rng.choices(codes, weights=provider_weights, k=5000)
        self.resources = [(f"br.{i:05d}", owners[i]) for i in range(5000)]
        consumer_weights = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(len(codes))))
        shuffled = codes[:]
        rng.shuffle(shuffled)
        seen = set()
        self.pairs = []
        while len(self.pairs) < pairs:
            resource, provider = self.resources[rng.randrange(5000)]
            consumer = shuffled[bisect.bisect_left(consumer_weights, rng.random() * consumer_weights[-1])]
            if consumer != provider and (consumer, resource) not in seen:
                seen.add((consumer, resource))
                self.pairs.append((provider, consumer, resource))
        rng.shuffle(self.pairs)
        self.pair_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(self.pairs))))


def generate_records(world, n, month_start, seed):
    """n CSV lines in time order over the month (Asia/Shanghai), ids gw-000000001 …, calls 1..1000."""
    rng = random.Random(seed)
    start = int(month_start.timestamp())
    end = int((month_start.replace(month=month_start.month % 12 + 1,
                                   year=month_start.year + month_start.month // 12)).timestamp())
    span = end - start
    picks = rng.choices(range(len(world.pairs)), cum_weights=world.pair_weights, k=n)
    lines = []
    for i in range(n):
        provider, consumer, resource = world.pairs[picks[i]]
        t = datetime.fromtimestamp(start + span * i // n, SHANGHAI)
        lines.append(f"gw-{i:09d},{t.strftime('%Y-%m-%dT%H:%M:%S+08:00')},{provider},{consumer},{resource},"
                     f"{rng.randint(1, 1000)}")
    return lines


def round_lines(lines, prefix):
    """The same records under other ids (prefix + the generated id): new records for the service, same rows."""
    return [prefix + line for line in lines]


# ---------------------------------------------------------------------------------------------- phases

def seed_catalog(catalog, world):
    log("loading the benchmark catalog (9 regions, 1,000 organizations)")
    for code, name in world.regions:
        catalog.call("POST", "/api/v1/regions", json.dumps({"code": code, "name": name}))
    for code, name, level, region in world.orgs:
        body = {"code": code, "name": name, "level": level}
        if region:
            body["regionCode"] = region
        catalog.call("POST", "/api/v1/organizations", json.dumps(body, ensure_ascii=False).encode())


def ingest(exchange, lines, batch_size, clients):
    header = "id,occurredAt,providerOrg,consumerOrg,resourceCode,calls\n"
    bodies = [(header + "\n".join(lines[i:i + batch_size]) + "\n").encode()
              for i in range(0, len(lines), batch_size)]
    log(f"ingesting {len(lines):,} records in {len(bodies)} CSV batches of {batch_size:,} with {clients} clients")
    results = []
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for result in pool.map(lambda b: exchange.call("POST", "/api/v1/exchange-records", b, "text/csv"), bodies):
            results.append(result)
    elapsed = time.perf_counter() - started
    stored = sum(r["stored"] for r in results)
    if stored != len(lines):
        raise SystemExit(f"stored {stored} of {len(lines)} records")
    return len(lines) / elapsed, elapsed, bodies[0]


def check_repost(exchange, body):
    """A batch posted again: every record is a duplicate, nothing is counted twice (outside the timed part)."""
    again = exchange.call("POST", "/api/v1/exchange-records", body, "text/csv")
    if again["stored"] != 0:
        raise SystemExit(f"a re-posted batch stored {again['stored']} records")


def metric(port, name):
    """The value of one Prometheus sample of the service (0 when it is not there yet)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/metrics", timeout=30) as response:
        for line in response.read().decode().splitlines():
            if line.startswith(name + " ") or line.startswith(name + "{"):
                return float(line.rsplit(" ", 1)[1])
    return 0.0


def await_compaction(port, database, timeout=600):
    """Waits until the compactor has merged every appended row; returns the compaction seconds spent meanwhile."""
    before = metric(port, "govshare_exchange_compaction_seconds_sum")
    deadline = time.monotonic() + timeout
    while int(psql(database, "select count(*) from aggregate_dirty")) > 0:
        if time.monotonic() > deadline:
            raise SystemExit("the compactor did not catch up")
        time.sleep(0.5)
    time.sleep(0.5)  # the pass that removed the last marks records its time when it commits
    return metric(port, "govshare_exchange_compaction_seconds_sum") - before


def settle(database, timeout=180):
    """Waits until no autovacuum worker runs (a round's millions of new rows start one on record_id and the
    aggregates, which would otherwise share the two cores with whichever side is timed next), then checkpoints, so
    that each timed side starts on a quiet database; logs how long it waited and for which tables."""
    started = time.perf_counter()
    seen = set()
    while time.perf_counter() - started < timeout:
        workers = psql("postgres", "select coalesce(string_agg(query, '; '), '') from pg_stat_activity "
                                   "where backend_type = 'autovacuum worker'").strip()
        if not workers:
            break
        seen.update(w.strip() for w in workers.split(";"))
        time.sleep(0.5)
    else:
        log(f"autovacuum still running after {timeout} s; measuring anyway")
    if seen:
        log(f"waited {time.perf_counter() - started:.1f} s for autovacuum ({'; '.join(sorted(seen))})")
    psql(database, "checkpoint")


def copy_bare(lines, workdir, database):
    path = os.path.join(workdir, "records.csv")
    with open(path, "w") as f:
        f.write("\n".join(lines))
        f.write("\n")
    psql(database, "drop table if exists bench_bare; create table bench_bare (id text, occurred_at timestamptz, "
                   "provider_org text, consumer_org text, resource_code text, calls bigint)")
    settle(database)
    started = time.perf_counter()
    psql(database, f"\\copy bench_bare from '{path}' csv")
    elapsed = time.perf_counter() - started
    psql(database, "drop table bench_bare")
    os.remove(path)
    return len(lines) / elapsed, elapsed


DAY_COLUMNS = [f"d{i:02d}" for i in range(1, 32)]


def load_national(world, database, year, calls_per_month):
    """12 months of aggregates at daily granularity, written straight into the service's tables (a month row of each
    pair, with a column per day, into exchange_days, where the compactor puts them; org_monthly summed from them)."""
    log(f"loading 12 months ({year}) of national-scale aggregates, ~{calls_per_month:,} calls a month")
    rows = "\n".join(f"{p}\t{c}\t{r}\t{w}" for (p, c, r), w in
                     zip(world.pairs, (1.0 / (i + 1) for i in range(len(world.pairs)))))
    path = os.path.join(tempfile.gettempdir(), "bench-pairs.tsv")
    with open(path, "w") as f:
        f.write(rows + "\n")
    psql(database, "drop table if exists bench_pairs; create table bench_pairs (provider_org text, consumer_org text, "
                   "resource_code text, weight float8)")
    psql(database, f"\\copy bench_pairs from '{path}'")
    os.remove(path)
    started = time.perf_counter()
    day_sums = ", ".join(f"sum(calls) filter (where day - month = {i})" for i in range(31))
    # a pair calls on a day with a probability that grows with its weight; calls spread the month's volume by weight
    psql(database, f"""
        with w as (select sum(weight) total from bench_pairs),
             days as (select d::date as day, date_trunc('month', d)::date as month,
                             extract(day from date_trunc('month', d) + interval '1 month - 1 day')::int as n
                      from generate_series(date '{year}-01-01', date '{year}-12-31', interval '1 day') d)
        insert into exchange_days (month, provider_org, consumer_org, resource_code, {", ".join(DAY_COLUMNS)})
        select month, provider_org, consumer_org, resource_code, {day_sums} from (
            select days.month, days.day, p.provider_org, p.consumer_org, p.resource_code,
                   greatest(1, round(p.weight / w.total * {calls_per_month} / days.n * (0.5 + random()))::bigint) calls
            from bench_pairs p cross join w cross join days
            where random() < least(1.0, 0.6 + p.weight * 400)) daily
        group by month, provider_org, consumer_org, resource_code""")
    month_calls = " + ".join(f"coalesce({d}, 0)" for d in DAY_COLUMNS)
    psql(database, f"""
        insert into org_monthly (month, side, org_code, calls)
        select month, side, org, sum(calls) from (
            select month, 'PROVIDER' side, provider_org org, {month_calls} calls from exchange_days
            where month between date '{year}-01-01' and date '{year}-12-01'
            union all
            select month, 'CONSUMER', consumer_org, {month_calls} from exchange_days
            where month between date '{year}-01-01' and date '{year}-12-01') x group by 1, 2, 3""")
    psql(database, "drop table bench_pairs")
    psql(database, "vacuum analyze")
    facts = psql(database, f"""select count(*), min(s), max(s) from (select date_trunc('month', day) m, count(*) n,
        sum(calls) s from exchange_daily where day between date '{year}-01-01' and date '{year}-12-31' group by 1) x""")
    daily_rows = psql(database, f"select count(*) from exchange_daily where day between date '{year}-01-01' "
                                f"and date '{year}-12-31'")
    months, low, high = facts.split("|")
    log(f"loaded in {time.perf_counter() - started:.0f} s: {int(daily_rows):,} daily rows, {months} months, "
        f"{int(low):,} to {int(high):,} calls a month")
    return int(daily_rows), int(low)


def latencies(exchange, world, year, warmup, rounds, seed):
    rng = random.Random(seed)
    months = [f"{year}-{m:02d}" for m in range(1, 13)]
    levels = ["NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY"]
    codes = [o[0] for o in world.orgs]
    queries = {
        "summary": lambda: ("/api/v1/exchange-stats/summary", {"month": rng.choice(months)}),
        "rankings": lambda: ("/api/v1/exchange-stats/rankings",
                             {"month": rng.choice(months), "side": rng.choice(["PROVIDER", "CONSUMER"]),
                              "level": rng.choice(levels), "limit": 10}),
        "regions": lambda: ("/api/v1/exchange-stats/regions",
                            {"month": rng.choice(months), "side": rng.choice(["PROVIDER", "CONSUMER"])}),
        "organization": lambda: ("/api/v1/exchange-stats/organizations/" + rng.choice(codes),
                                 {"month": rng.choice(months)}),
    }
    for _ in range(warmup):
        for make in queries.values():
            path, params = make()
            exchange.call("GET", path, params=params)
    results = {}
    for name, make in queries.items():
        times = []
        for _ in range(rounds):
            path, params = make()
            started = time.perf_counter()
            exchange.call("GET", path, params=params)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        results[name] = (times[len(times) // 2], times[int(len(times) * 0.95) - 1], times[-1])
    return results


def ingestion_rounds(args, world, gateway, admin, workdir):
    """Steps 1 and 2: the cold round and the warm rounds of ingestion against COPY, their figures printed."""
    year, month = map(int, args.ingest_month.split("-"))
    log(f"generating {args.records:,} records for {args.ingest_month}")
    lines = generate_records(world, args.records, datetime(year, month, 1, tzinfo=SHANGHAI), seed=5)
    exchange_gateway = Api(args.exchange_port, gateway)
    # Round 0 is the cold one (the service has just started: classes loaded, code not compiled, pools
    # empty); it is the warm-up and is reported on its own. Rounds 1..N alternate ingestion and COPY, each of
    # the same rows under new ids, so that both sides see the same machine at nearly the same moment.
    rounds = []
    for number in range(args.ingest_rounds + 1):
        posted = round_lines(lines, f"r{number}-")
        settle("bench_exchange")
        compaction_before = metric(args.exchange_port, "govshare_exchange_compaction_seconds_sum")
        ingest_rate, ingest_seconds, first_body = ingest(exchange_gateway, posted, args.batch_size, args.clients)
        compaction_during = metric(args.exchange_port, "govshare_exchange_compaction_seconds_sum") \
            - compaction_before
        compaction_after = await_compaction(args.exchange_port, "bench_exchange")
        check_repost(exchange_gateway, first_body)
        copy_rate, copy_seconds = copy_bare(posted, workdir, "bench_exchange")
        sustained_rate = args.records / (ingest_seconds + compaction_after)
        rounds.append({"ingest_rate": ingest_rate, "copy_rate": copy_rate, "ratio": ingest_rate / copy_rate,
                       "sustained_ratio": sustained_rate / copy_rate, "compaction_during": compaction_during,
                       "compaction_after": compaction_after})
        log(f"round {number}{' (cold)' if number == 0 else ''}: ingest {ingest_rate:,.0f} records/s "
            f"({ingest_seconds:.1f} s), compaction {compaction_during:.1f} s during and {compaction_after:.1f} s "
            f"after, COPY {copy_rate:,.0f} rows/s ({copy_seconds:.1f} s): ratio {ingest_rate / copy_rate:.2f}, "
            f"sustained {sustained_rate / copy_rate:.2f} (load {loadavg()})")
        del posted
    rows = int(psql("bench_exchange", "select count(*) from exchange_daily"))
    log(f"{rows:,} daily rows after {len(rounds)} rounds")
    summary = Api(args.exchange_port, admin).call("GET", "/api/v1/exchange-stats/summary",
                                                  params={"month": args.ingest_month})
    expected = sum(int(line.rsplit(",", 1)[1]) for line in lines) * len(rounds)
    if summary["total"] != expected:
        raise SystemExit(f"summary total {summary['total']} != {expected} calls posted")
    cold, warm = rounds[0], rounds[1:]
    ratios = sorted(r["ratio"] for r in warm)
    print(f"records={args.records} batch_size={args.batch_size} clients={args.clients} "
          f"ingest_rounds={len(warm)} (+1 cold) load={loadavg().replace(' ', '/')}")
    print(f"ingest_rate={statistics.median(r['ingest_rate'] for r in warm):.0f}")
    print(f"copy_rate={statistics.median(r['copy_rate'] for r in warm):.0f}")
    print("ingest_ratios=" + ",".join(f"{r['ratio']:.2f}" for r in warm))
    print(f"ingest_ratio={statistics.median(ratios):.2f}")
    # max - min of the warm rounds' ratios (with 3 to 5 rounds an interquartile range says little more)
    print(f"ingest_ratio_spread={ratios[-1] - ratios[0]:.2f}")
    print(f"cold_ingest_ratio={cold['ratio']:.2f}")
    # the work the compactor still had to do after the last answer, added to the ingestion time
    print(f"compaction_s_during={statistics.median(r['compaction_during'] for r in warm):.2f} "
          f"compaction_s_after={statistics.median(r['compaction_after'] for r in warm):.2f}")
    print("sustained_ratios=" + ",".join(f"{r['sustained_ratio']:.2f}" for r in warm))
    print(f"sustained_ratio={statistics.median(r['sustained_ratio'] for r in warm):.2f}")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=2_000_000, help="records to ingest (default 2,000,000)")
    parser.add_argument("--batch-size", type=int, default=100_000, help="records per posted batch (the maximum)")
    parser.add_argument("--clients", type=int, default=4, help="batches posted concurrently")
    parser.add_argument("--ingest-rounds", type=int, default=3,
                        help="warm rounds of ingestion and COPY after the cold one (default 3, at least 3)")
    parser.add_argument("--ingest-month", default="2025-10")
    parser.add_argument("--year", type=int, default=2024, help="the 12 months of national-scale data")
    parser.add_argument("--calls-per-month", type=int, default=1_200_000_000)
    parser.add_argument("--rounds", type=int, default=300, help="timed requests per query kind")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--catalog-port", type=int, default=18081)
    parser.add_argument("--exchange-port", type=int, default=18083)
    parser.add_argument("--skip-queries", action="store_true", help="stop after the ingestion figures")
    parser.add_argument("--skip-ingestion", action="store_true",
                        help="no ingestion rounds (no ingestion figures): load the national aggregates and measure "
                             "the queries only")
    parser.add_argument("--keep-databases", action="store_true", help="keep bench_catalog and bench_exchange")
    parser.add_argument("--reuse-databases", action="store_true",
                        help="queries only (implies --skip-ingestion) on bench_catalog and bench_exchange as a run "
                             "with --keep-databases left them: the catalog is not loaded again, the national "
                             "aggregates only when the year has none; new migrations of the service apply at start")
    parser.add_argument("--no-build", action="store_true", help="(handled by scripts/bench-exchange)")
    args = parser.parse_args()
    if args.reuse_databases:
        args.skip_ingestion = True
    if args.skip_ingestion and args.skip_queries:
        raise SystemExit("--skip-ingestion and --skip-queries together measure nothing")
    if args.ingest_rounds < 3:
        raise SystemExit("--ingest-rounds must be at least 3 (a median and a spread need them)")
    for port in (args.catalog_port, args.exchange_port):
        if port in (8081, 8082, 8083, 8084, 8180):
            raise SystemExit("the benchmark never uses the ports of the local stack")

    workdir = tempfile.mkdtemp(prefix="govshare-bench-")
    token_server = None
    try:
        keys = Keys(workdir, ISSUER, "bench")
        admin = keys.token("bench-admin", ["platform-admin"])
        gateway = keys.token("bench-gateway", ["exchange-gateway"], client="exchange-gateway")
        token_server = TokenEndpoint(keys)
        if args.reuse_databases and psql("postgres", "select count(*) from pg_database where datname in "
                                                     "('bench_catalog', 'bench_exchange')") != "2":
            log("no databases to reuse on this server: loading them as --skip-ingestion does")
            args.reuse_databases = False
        if not args.reuse_databases:
            for name in ("bench_catalog", "bench_exchange"):
                recreate_database(name)
        start_service("catalog-service", os.path.join(ROOT, "catalog-service/target/quarkus-app/quarkus-run.jar"),
                      args.catalog_port, "bench_catalog", keys, [])
        start_service("exchange-stats-service",
                      os.path.join(ROOT, "exchange-stats-service/target/quarkus-app/quarkus-run.jar"),
                      args.exchange_port, "bench_exchange", keys,
                      # merge every appended row within seconds, so that the compaction the ingestion leaves is done
                      # (and timed) before the figures are printed
                      ["-Dexchange.compaction.max-delay=PT5S",
                       # the benchmark measures the service's capacity, not one client's share of it
                       # (docs/adr/2026-12-06-ingestion-load-shedding.md)
                       "-Dexchange.ingest.records-per-second=0",
                       f"-Dquarkus.rest-client.catalog.url=http://127.0.0.1:{args.catalog_port}",
                       f"-Dquarkus.oidc-client.auth-server-url={token_server.url}",
                       "-Dquarkus.oidc-client.discovery-enabled=false", "-Dquarkus.oidc-client.token-path=/token"])
        world = World(seed=4)
        if not args.reuse_databases:
            seed_catalog(Api(args.catalog_port, admin), world)
        if not args.skip_ingestion:
            ingestion_rounds(args, world, gateway, admin, workdir)
        if args.skip_queries:
            return

        daily_rows = int(psql("bench_exchange", f"select count(*) from exchange_daily where day between "
                                                f"date '{args.year}-01-01' and date '{args.year}-12-31'"))
        if args.reuse_databases and daily_rows > 0:
            log(f"reusing the national aggregates of {args.year} ({daily_rows:,} daily rows)")
            psql("bench_exchange", "vacuum analyze")
            lowest = int(psql("bench_exchange", f"""select min(s) from (select sum(calls) s from exchange_daily
                where day between date '{args.year}-01-01' and date '{args.year}-12-31'
                group by date_trunc('month', day)) x"""))
        else:
            daily_rows, lowest = load_national(world, "bench_exchange", args.year, args.calls_per_month)
        print(f"national_daily_rows={daily_rows} national_min_calls_per_month={lowest} load={loadavg().replace(' ', '/')}")
        # the load's rows start autovacuum workers too: the queries are timed on a quiet database, as each side of
        # the rounds is
        settle("bench_exchange")
        results = latencies(Api(args.exchange_port, admin), world, args.year, args.warmup, args.rounds, seed=6)
        for name, (p50, p95, worst) in results.items():
            print(f"{name}_p50_ms={p50:.2f} {name}_p95_ms={p95:.2f} {name}_max_ms={worst:.2f}")
    finally:
        stop_processes()
        if token_server:
            token_server.close()
        shutil.rmtree(workdir, ignore_errors=True)
        if not args.keep_databases:
            for name in ("bench_catalog", "bench_exchange"):
                try:
                    psql("postgres", f"drop database if exists {name} with (force)")
                except SystemExit as e:
                    log(str(e))


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(143))
    main()
