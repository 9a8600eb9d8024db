-- wrk script for scripts/bench.sh: signed-in GETs carrying the session cookie
-- and the anti-CSRF header. With BENCH_IDS (a file of case ids, one a line) and
-- BENCH_PREFIX (e.g. /api/v1/cases/) each request reads the next case in turn,
-- every thread starting at a different place. Prints one RESULT line at the end:
-- requests a second and latency percentiles in milliseconds.

local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
wrk.headers["X-EHC-CSRF"] = "1"
wrk.headers["Accept"] = "application/json"

local ids = {}
local prefix = os.getenv("BENCH_PREFIX") or "/api/v1/cases/"
local file = os.getenv("BENCH_IDS")
if file ~= nil and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then
      ids[#ids + 1] = line
    end
  end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_no", threads)
end

local n = 0
function init(args)
  n = (thread_no or 1) * 7919
end

function request()
  if #ids > 0 then
    n = n + 1
    return wrk.format("GET", prefix .. ids[(n % #ids) + 1])
  end
  return wrk.request()
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f requests=%d non2xx=%d timeouts=%d socket=%d\n",
    summary.requests / seconds,
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    latency.max / 1000,
    summary.requests,
    e.status,
    e.timeout,
    e.connect + e.read + e.write))
end
