-- P3, P5, P5b: GET of the path BENCH_PAD (or, for P3, a random one of the paths in the file
-- BENCH_PADEN) with the bearer token BENCH_TOKEN.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local gemeen = require("gemeen")
local paden = os.getenv("BENCH_PADEN") and gemeen.regels(os.getenv("BENCH_PADEN")) or { os.getenv("BENCH_PAD") }
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
math.randomseed(os.time())

request = function()
  return wrk.format("GET", paden[math.random(#paden)])
end

done = gemeen.verslag
