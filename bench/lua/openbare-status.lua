-- P1: GET /openbaar/initiatieven/{referentie} for a random reference of the file BENCH_REFERENTIES.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local gemeen = require("gemeen")
local referenties = gemeen.regels(os.getenv("BENCH_REFERENTIES"))
math.randomseed(os.time())

request = function()
  return wrk.format("GET", "/api/v1/openbaar/initiatieven/" .. referenties[math.random(#referenties)])
end

done = gemeen.verslag
