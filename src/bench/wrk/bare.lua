-- The yardstick: the bare endpoint of the benchmark build with the same athletes' tokens.
dofile(os.getenv("BENCH_WRK_DIR") .. "/summary.lua")

local athletes = tonumber(os.getenv("BENCH_ATHLETES") or "20000")
local sent = 0

function request()
  local token = string.format("psk_bench%038d", sent % athletes)
  sent = sent + 1
  return wrk.format("POST", nil, { ["Authorization"] = "Bearer " .. token }, "")
end
