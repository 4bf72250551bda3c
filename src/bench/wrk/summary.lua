-- Shared by the benchmark's wrk scripts: prints one JSON line with throughput, latency
-- percentiles and failures, which src/bench/load.sh collects into the results file.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    '{"requests":%d,"seconds":%.2f,"throughput":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,'
      .. '"p99_ms":%.2f,"max_ms":%.2f,"non_2xx":%d,"socket_errors":%d}\n',
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status, errors))
end
