#!/usr/bin/env python3
"""Fixed-rate load for scripts/bench.sh, where wrk2 is not at hand.

Requests fall due at a steady RATE a second and go out over CONNECTIONS
keep-alive connections. Each latency counts from the moment the request was
due, not from when a free connection got round to sending it, so a stall in
the server shows in full (no coordinated omission, as wrk2 measures).

    paced.py URL --rate 300 --seconds 30 --connections 32 -H 'Cookie: ...'

Prints one RESULT line: the rate achieved and latency percentiles in ms.
"""

import argparse
import asyncio
import sys
import time
import urllib.parse


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, headers.get("connection", "").lower() == "close"


async def worker(host, port, request, queue, latencies, failures):
    reader = writer = None
    while True:
        due = await queue.get()
        if due is None:
            break
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(request)
            await writer.drain()
            status, close = await asyncio.wait_for(read_response(reader), 10)
            latencies.append(time.perf_counter() - due)
            if status >= 400:
                failures["status"] += 1
            if close:
                writer.close()
                writer = None
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
            failures["socket"] += 1
            latencies.append(time.perf_counter() - due)
            if writer is not None:
                writer.close()
            writer = None
    if writer is not None:
        writer.close()


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


async def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("url")
    ap.add_argument("--rate", type=float, default=300)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("-H", "--header", action="append", default=[])
    args = ap.parse_args()

    url = urllib.parse.urlsplit(args.url)
    host, port = url.hostname, url.port or 80
    path = url.path + ("?" + url.query if url.query else "")
    lines = [f"GET {path} HTTP/1.1", f"Host: {url.netloc}", "Accept: application/json"]
    lines += args.header
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    queue = asyncio.Queue()
    latencies = []
    failures = {"status": 0, "socket": 0}
    workers = [
        asyncio.create_task(worker(host, port, request, queue, latencies, failures))
        for _ in range(args.connections)
    ]
    total = int(args.rate * args.seconds)
    start = time.perf_counter() + 0.2
    for i in range(total):
        due = start + i / args.rate
        wait = due - time.perf_counter()
        if wait > 0:
            await asyncio.sleep(wait)
        queue.put_nowait(due)
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    print(
        "RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d non2xx=%d socket=%d"
        % (
            len(ms) / elapsed,
            percentile(ms, 50),
            percentile(ms, 95),
            percentile(ms, 99),
            ms[-1] if ms else float("nan"),
            len(ms),
            failures["status"],
            failures["socket"],
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
