"""A load test of the HTTP API: `warta serve` as a user starts it, over a store made with
`warta ingest` from the bundled example, and concurrent clients reading it.

Run: python -m bench.load [--requests 2400] [--clients 8] [--time-limit 120]

The server listens on 127.0.0.1 (a free port) and every request goes there, nowhere else. The
clients are threads, each with its own keep-alive connection, drawing request numbers from one
counter until --requests are sent or --time-limit seconds have passed; each request is one of
the read endpoints (latest articles, search, an article, an entity, events, a timeline, the
network), in a fixed rotation. A few requests are meant to be refused (an unknown entity, an
out-of-range page), so the 4xx path is measured too. Prints the count by status class, the
errors, and latency percentiles, overall and per endpoint.

Exits 1 on any 5xx, any connection error, or a run cut short by the time limit; 2 if the
server did not start. The server is stopped at the end, whatever happens.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import math
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from warta.resources import example_article

HOST = "127.0.0.1"  # loopback only: the load goes to this machine's own server, never elsewhere
START_SECONDS = 60  # for the server to answer its first request (it loads no model to serve)
REQUEST_SECONDS = 30  # one request's socket timeout: past it the request counts as an error


@dataclass
class Results:
    """What the clients saw, filled in under a lock (threads append concurrently)."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, endpoint: str, seconds: float, status: int | None, error: str | None) -> None:
        with self.lock:
            if error is not None:
                self.errors[error] += 1
            else:
                self.statuses[status] += 1
                self.latencies[endpoint].append(seconds)


def free_port() -> int:
    """A port nothing listens on now (the kernel's choice); the server binds it a moment later."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def warta(*args: str) -> subprocess.CompletedProcess:
    """The CLI as a process of this interpreter (so the same installation, venv or not)."""
    return subprocess.run([sys.executable, "-m", "warta", *args], capture_output=True, text=True, timeout=600,
                          check=True)


def get(con: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    con.request("GET", path, headers={"Accept": "application/json"})
    response = con.getresponse()
    return response.status, response.read()  # read to the end, so the connection can be reused


def wait_until_serving(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with code {server.returncode} before serving")
        try:
            con = http.client.HTTPConnection(HOST, port, timeout=2)
            if get(con, "/api/articles")[0] == 200:
                con.close()
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {START_SECONDS} s")


def request_mix(port: int) -> list[tuple[str, str]]:
    """(endpoint, path) pairs over the read endpoints, with ids and names taken from the store
    being served (so most requests find something), and a few meant to be refused."""
    con = http.client.HTTPConnection(HOST, port, timeout=REQUEST_SECONDS)
    articles = json.loads(get(con, "/api/articles")[1])["articles"]
    ids = [a["id"] for a in articles]
    reading = json.loads(get(con, "/api/article?" + urlencode({"id": ids[0]}))[1])
    names = sorted({e["name"] for e in reading["entities"]})[:6]
    edges = json.loads(get(con, "/api/network")[1])
    pairs = [(e["source"], e["target"]) for e in edges[:4]]
    types = sorted({e["type"] for e in json.loads(get(con, "/api/events")[1])})[:4]
    con.close()

    def path(route: str, **params: object) -> str:
        return route + ("?" + urlencode(params) if params else "")

    mix = [("articles", path("/api/articles")), ("articles", path("/api/articles", size=1, page=2)),
           ("articles", path("/api/articles", page=0))]  # 422: page numbers start at 1
    mix += [("search", path("/api/articles", q=q)) for q in ("Korea Utara", "Blinken", "Rusia", "tidak ada kata ini")]
    mix += [("article", path("/api/article", id=i)) for i in ids]
    mix += [("entity", path("/api/entity", name=n)) for n in [*names, "Tidak Ada Orang Ini"]]  # the last: 404
    mix += [("events", path("/api/events")), ("events", path("/api/events", limit=10))]
    mix += [("events", path("/api/events", type=t)) for t in types]
    mix += [("timeline", path("/api/timeline", a=a, b=b)) for a, b in pairs]
    mix += [("network", path("/api/network")), ("network", path("/api/network", by="entity"))]
    return mix


def client(port: int, mix: list[tuple[str, str]], numbers: itertools.count, lock: threading.Lock,
           total: int, deadline: float, results: Results) -> None:
    """One client: a keep-alive connection, opened again after an error."""
    con: http.client.HTTPConnection | None = None
    while time.monotonic() < deadline:
        with lock:  # itertools.count is not documented as thread-safe
            n = next(numbers)
        if n >= total:
            break
        endpoint, path = mix[n % len(mix)]
        started = time.perf_counter()
        try:
            con = con or http.client.HTTPConnection(HOST, port, timeout=REQUEST_SECONDS)
            status, _ = get(con, path)
            results.add(endpoint, time.perf_counter() - started, status, None)
        except (OSError, http.client.HTTPException) as err:
            results.add(endpoint, time.perf_counter() - started, None, type(err).__name__)
            if con is not None:
                con.close()
            con = None
    if con is not None:
        con.close()


def percentile(sorted_values: list[float], p: float) -> float:
    """The nearest-rank percentile of values sorted ascending."""
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return "  ".join(f"{name} {percentile(ms, p):7.1f}" for name, p in
                     (("p50", 50), ("p90", 90), ("p99", 99))) + f"  max {ms[-1]:7.1f}"


def run(requests: int, clients: int, time_limit: float) -> int:
    with tempfile.TemporaryDirectory(prefix="warta-load-") as tmp:
        db = Path(tmp) / "warta.db"
        warta("ingest", str(example_article().parent), "--db", str(db))
        port = free_port()
        log = (Path(tmp) / "server.log").open("w+", encoding="utf-8")
        server = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db), "--host", HOST,
                                   "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        try:
            try:
                wait_until_serving(server, port)
            except RuntimeError as err:
                log.seek(0)
                print(f"load: {err}\n{log.read()[-2000:]}", file=sys.stderr)
                return 2
            mix = request_mix(port)
            results, numbers, lock = Results(), itertools.count(), threading.Lock()
            started = time.monotonic()
            deadline = started + time_limit
            threads = [threading.Thread(target=client, args=(port, mix, numbers, lock, requests, deadline, results),
                                        daemon=True) for _ in range(clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                # a client ends by the deadline, plus at most one request's timeout
                thread.join(time_limit + REQUEST_SECONDS + 5)
            elapsed = time.monotonic() - started
            alive = server.poll() is None
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.close()
    return report(results, requests, clients, elapsed, alive)


def report(results: Results, requests: int, clients: int, elapsed: float, alive: bool) -> int:
    done = sum(results.statuses.values()) + sum(results.errors.values())
    every = [v for values in results.latencies.values() for v in values]
    classes = Counter(f"{status // 100}xx" for status in results.statuses.elements())
    print(f"warta serve on {HOST}, {clients} clients: {done} requests in {elapsed:.1f} s "
          f"({done / elapsed:.0f} requests/s)")
    print("status: " + ", ".join(f"{k} {classes[k]}" for k in sorted(classes))
          + f"  (by code: {', '.join(f'{k} {v}' for k, v in sorted(results.statuses.items()))})")
    print("errors: " + (", ".join(f"{k} {v}" for k, v in results.errors.items()) or "0"))
    if every:
        print(f"latency ms, all        {summary(every)}")
        for endpoint in sorted(results.latencies):
            values = results.latencies[endpoint]
            print(f"  {endpoint:<9} {len(values):5d}  {summary(values)}")
    failed = []
    if classes["5xx"]:
        failed.append(f"{classes['5xx']} server errors (5xx)")
    if results.errors:
        failed.append(f"{sum(results.errors.values())} connection errors")
    if done < requests:
        failed.append(f"only {done} of {requests} requests within the time limit")
    if not alive:
        failed.append("the server exited during the run")
    if failed:
        print("load: FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2400, help="requests in all (bounded: at most 100,000)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (threads)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds the clients may send for")
    args = parser.parse_args()
    if not (1 <= args.requests <= 100_000 and 1 <= args.clients <= 64 and 0 < args.time_limit <= 600):
        parser.error("--requests 1..100000, --clients 1..64, --time-limit up to 600 s")
    sys.exit(run(args.requests, args.clients, args.time_limit))


if __name__ == "__main__":
    main()
