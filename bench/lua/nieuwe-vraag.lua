-- P6: POST /vragen (a new question in a random kern of BENCH_KERNEN) with the bearer token BENCH_TOKEN.
package.path = os.getenv("BENCH_LUA") .. "/?.lua;" .. package.path
local gemeen = require("gemeen")
local kernen = gemeen.regels(os.getenv("BENCH_KERNEN"))
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())

request = function()
  local body = '{"kern":"' .. kernen[math.random(#kernen)] .. '","onderwerp":"Bankje",' ..
    '"tekst":"Het bankje bij de kerk is kapot.","vrager":{"naam":"Proefinwoner"}}'
  return wrk.format("POST", "/api/v1/vragen", nil, body)
end

done = gemeen.verslag
