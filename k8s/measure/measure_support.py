"""Helpers of k8s/measure/measure-memory: tokens, a client-credentials token endpoint, databases, services, RSS.

The approach is the one of scripts/bench/exchange.py: an RSA key generated for the run (openssl) signs every
token, and each service verifies them with its public key (`quarkus.oidc.public-key`, the issuer set with
`quarkus.oidc.token.issuer`, `quarkus.oidc.auth-server-url` empty), so no Keycloak is needed. A service that calls
another (quarkus-oidc-client, client-credentials grant) gets its token from a tiny endpoint served here. Only
Python 3's standard library and the `openssl`, `psql` and `jcmd` commands are used.
"""
import http.client
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts", "lib"))
from signed_tokens import Keys, TokenEndpoint  # noqa: E402,F401 (measure-memory takes them from here)
from local_psql import psql  # noqa: E402
ISSUER = "https://measure.govshare.invalid/realms/govshare"
# ports of the local stack (scripts/up) and Keycloak: never used here
STACK_PORTS = {8081, 8082, 8083, 8084, 8180}
MAPPING = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) ")


def log(message):
    print(f"[measure] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- tokens

# ---------------------------------------------------------------------------------------------- databases


def recreate_database(name):
    psql("postgres", f"drop database if exists {name} with (force)")
    psql("postgres", f"create database {name}")


def drop_database(name):
    try:
        psql("postgres", f"drop database if exists {name} with (force)")
    except SystemExit as e:
        log(str(e))


# ---------------------------------------------------------------------------------------------- services

def jvm_options(container_mib, ram_percentage):
    """What run-java.sh of the image gives the JVM in a container with this memory limit: the JVM sees the limit
    (here: -XX:MaxRAM), the heap is MaxRAMPercentage of it, and the collector is the image's default
    (GC_CONTAINER_OPTIONS, -XX:+UseParallelGC) with its heap tuning (GC_MIN_HEAP_FREE_RATIO 10,
    GC_MAX_HEAP_FREE_RATIO 20, GC_TIME_RATIO 4, GC_ADAPTIVE_SIZE_POLICY_WEIGHT 90). Set here so that this
    machine's CPU count does not change the collector."""
    return [f"-XX:MaxRAM={container_mib}m", f"-XX:MaxRAMPercentage={ram_percentage}", "-XX:+UseParallelGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20", "-XX:GCTimeRatio=4",
            "-XX:AdaptiveSizePolicyWeight=90"]


def max_heap_mib(options):
    out = subprocess.run(["java"] + options + ["-XX:+PrintFlagsFinal", "-version"], capture_output=True,
                         text=True).stdout
    match = re.search(r"\bMaxHeapSize\s*=\s*(\d+)", out)
    return int(match.group(1)) / 1024 / 1024 if match else float("nan")


def port_free(port):
    import socket
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


class Service:
    """A packaged service started from its jar (target/quarkus-app) on a spare port, with a database of its own."""

    def __init__(self, name, port, database, jvm, workdir, keys, token_endpoint, callees):
        self.name = name
        self.port = port
        self.database = database
        self.base = f"http://127.0.0.1:{port}"
        self.jar = os.path.join(ROOT, name, "target", "quarkus-app", "quarkus-run.jar")
        if not os.path.exists(self.jar):
            raise SystemExit(f"{self.jar} missing: ./mvnw -B -q -pl {name} -am package -DskipTests")
        if port in STACK_PORTS or not port_free(port):
            raise SystemExit(f"port {port} is in use or belongs to the local stack: choose another --base-port")
        props = {"quarkus.http.port": port, "quarkus.oidc.auth-server-url": "",
                 "quarkus.oidc.public-key": keys.public_base64, "quarkus.oidc.token.issuer": ISSUER}
        if callees:
            props.update({"quarkus.oidc-client.auth-server-url": token_endpoint.url,
                          "quarkus.oidc-client.discovery-enabled": "false",
                          "quarkus.oidc-client.token-path": "/token"})
        env = dict(os.environ, GOVSHARE_DB_NAME=database, GOVSHARE_DB_HOST=os.environ.get("PG_HOST", "127.0.0.1"),
                   GOVSHARE_DB_PORT=os.environ.get("PG_PORT", "55432"))
        for variable, url in callees.items():
            env[variable] = url
        self.env = env
        self.cmd = ["java"] + jvm + [f"-D{k}={v}" for k, v in props.items()] + ["-jar", self.jar]
        self.log_path = os.path.join(workdir, f"{name}.log")
        self.process = None

    def start(self, timeout=180):
        started = time.time()
        with open(self.log_path, "w") as logfile:
            self.process = subprocess.Popen(self.cmd, stdout=logfile, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL, env=self.env)
        deadline = started + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode} at start\n{self.log_tail()}")
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/q/health/ready")
                if connection.getresponse().status == 200:
                    return time.time() - started
            except OSError:
                pass
            time.sleep(0.25)
        raise RuntimeError(f"{self.name} not ready in {timeout} s\n{self.log_tail()}")

    @property
    def pid(self):
        return self.process.pid

    def rss_mib(self):
        return rss_mib(self.process.pid)

    def heap_range(self):
        """The address range reserved for the Java heap, from `jcmd GC.heap_info` (fixed for the JVM's life)."""
        out = subprocess.run(["jcmd", str(self.process.pid), "GC.heap_info"], capture_output=True, text=True).stdout
        # the lines of the heap's spaces: "def new generation total …" / "tenured generation …" (Serial),
        # "garbage-first heap total …" (G1), "PSYoungGen total …" / "ParOldGen total …" (Parallel)
        bounds = [int(a, 16) for line in out.splitlines() if " total " in line and "Metaspace" not in line
                  for a in re.findall(r"0x([0-9a-f]+)", line)]
        if not bounds:
            raise RuntimeError(f"no heap range in jcmd GC.heap_info:\n{out}")
        return min(bounds), max(bounds)

    def heap_resident_mib(self, heap_range):
        """Resident pages of the Java heap (from /proc/<pid>/smaps); RSS minus this is what is not heap."""
        low, high = heap_range
        total = 0
        inside = False
        with open(f"/proc/{self.process.pid}/smaps") as f:
            for line in f:
                mapping = MAPPING.match(line)
                if mapping:
                    inside = int(mapping.group(1), 16) < high and int(mapping.group(2), 16) > low
                elif inside and line.startswith("Rss:"):
                    total += int(line.split()[1])
        return total / 1024

    def log_tail(self, chars=4000):
        try:
            with open(self.log_path) as f:
                return f.read()[-chars:]
        except OSError:
            return ""

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


class RssSampler:
    """Samples a process's RSS every 0.2 s in a thread and, every second, the resident part of its Java heap
    (`heap_resident`, MiB); keeps the highest RSS, heap and non-heap (RSS - resident heap) since `reset()`."""

    def __init__(self, pid, heap_resident, interval=0.2):
        self.pid = pid
        self.heap_resident = heap_resident
        self.interval = interval
        self.lock = threading.Lock()
        self.peaks = {"rss": 0.0, "heap": 0.0, "non_heap": 0.0}
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        n = 0
        while not self.stopped.is_set():
            try:
                rss = rss_mib(self.pid)
                heap = self.heap_resident() if n % 5 == 0 else None
            except (OSError, RuntimeError, ValueError):
                return
            with self.lock:
                self.peaks["rss"] = max(self.peaks["rss"], rss)
                if heap is not None:
                    self.peaks["heap"] = max(self.peaks["heap"], heap)
                    self.peaks["non_heap"] = max(self.peaks["non_heap"], rss - heap)
            n += 1
            self.stopped.wait(self.interval)

    def reset(self):
        with self.lock:
            self.peaks = {key: 0.0 for key in self.peaks}

    def peak(self, what="rss"):
        with self.lock:
            return self.peaks[what]

    def stop(self):
        self.stopped.set()
        self.thread.join()


# ---------------------------------------------------------------------------------------------- HTTP load

class Failure(Exception):
    pass


class Client:
    """Keep-alive HTTP calls to one service, one connection per thread; a status outside `ok` raises Failure."""

    def __init__(self, base):
        parsed = urllib.parse.urlparse(base)
        self.host, self.port = parsed.hostname, parsed.port
        self.local = threading.local()

    def call(self, method, path, token, body=None, content_type="application/json", headers=None, ok=(200, 201),
             params=None):
        if params:
            path += "?" + urllib.parse.urlencode(params)
        all_headers = {"Authorization": "Bearer " + token, "Accept": "*/*"}
        if isinstance(body, (dict, list)):
            body = json.dumps(body, ensure_ascii=False)
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body is not None:
            all_headers["Content-Type"] = content_type
        all_headers.update(headers or {})
        for attempt in (1, 2):
            if getattr(self.local, "connection", None) is None:
                self.local.connection = http.client.HTTPConnection(self.host, self.port, timeout=300)
            try:
                self.local.connection.request(method, path, body=body, headers=all_headers)
                response = self.local.connection.getresponse()
                payload = response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                # the server closed an idle keep-alive connection: open a new one once
                self.local.connection.close()
                self.local.connection = None
                if attempt == 2:
                    raise
        if response.status not in ok:
            raise Failure(f"{method} {path} -> {response.status}: {payload[:300]!r}")
        return response, payload


class Load:
    """Runs worker functions in threads until a deadline or a request budget; counts requests per kind."""

    def __init__(self, seconds, max_requests):
        self.deadline = None
        self.seconds = seconds
        self.max_requests = max_requests
        self.lock = threading.Lock()
        self.counts = {}
        self.failures = 0
        self.errors = []

    def running(self):
        with self.lock:
            total = self.total() + self.failures
        return time.time() < self.deadline and total < self.max_requests

    def count(self, kind, n=1):
        with self.lock:
            self.counts[kind] = self.counts.get(kind, 0) + n

    def failed(self, error):
        with self.lock:
            self.failures += 1
            if len(self.errors) < 5:
                self.errors.append(str(error))

    def request(self, kind, fn, *args, **kwargs):
        """One counted call; returns its result, or None after counting a failure."""
        try:
            result = fn(*args, **kwargs)
        except (Failure, OSError, http.client.HTTPException, ValueError, KeyError) as e:
            self.failed(e)
            return None
        self.count(kind)
        return result

    def run(self, workers):
        """Starts one thread per worker (a function taking the worker's index); returns the threads."""
        self.deadline = time.time() + self.seconds
        self.started = time.time()

        def guard(worker, n):
            try:
                worker(n)
            except Exception as e:  # a worker that breaks counts as a failure, never silently
                self.failed(f"worker {n} stopped: {e!r}")

        threads = [threading.Thread(target=guard, args=(w, n), daemon=True) for n, w in enumerate(workers)]
        for t in threads:
            t.start()
        return threads

    def total(self):
        """Requests that succeeded (the "records" count is records stored, not requests)."""
        return sum(n for kind, n in self.counts.items() if kind != "records")
