-- Shared by the harness' wrk scripts: reads one value a line from a file, and reports the run as
-- one machine-readable line (requests/s, p50 and p99 in ms, non-2xx answers and socket errors).
local gemeen = {}

function gemeen.regels(pad)
  local uit = {}
  for regel in io.lines(pad) do
    if regel ~= "" then uit[#uit + 1] = regel end
  end
  if #uit == 0 then error("no lines in " .. pad) end
  return uit
end

function gemeen.verslag(summary, latency)
  local fouten = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULTAAT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, fouten))
end

return gemeen
