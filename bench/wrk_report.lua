-- wrk's summary as one JSON line, read by bench/overview.py (wrk's own report has no p95).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH-JSON {"requests": %d, "duration_us": %d, "socket_errors": %d, ' ..
    '"status_errors": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"max_us": %d}\n',
    summary.requests, summary.duration,
    errors.connect + errors.read + errors.write + errors.timeout,
    errors.status, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max
  ))
end
