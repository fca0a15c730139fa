-- wrk script for bench/serve-load.sh: cycles through the request paths in the file named by $PATHS (one per
-- line, each thread starting at a different one) and prints one line of figures.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local i = 0

-- Threads start far apart in the list (about 2,000 paths), so that one thread does not ask again what
-- another asked a moment before: in the 4,000 distinct searches each is then one the answer cache (1,024
-- answers) no longer holds.
local started = 0
setup = function(thread)
  thread:set("offset", started * 1999 + math.random(100))
  started = started + 1
end

request = function()
  i = i + 1
  local n = (i + (offset or 0)) % #paths + 1
  return wrk.format("GET", paths[n], {["Accept"] = "application/json"})
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("%-17s %8.0f req/s   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   max %7.1f ms   %d requests, %d non-2xx, %d socket errors\n",
    os.getenv("LABEL"), summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
