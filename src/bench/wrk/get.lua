-- A GET with the Authorization or Cookie header from the environment (BENCH_AUTH, BENCH_COOKIE).
dofile(os.getenv("BENCH_WRK_DIR") .. "/summary.lua")

local headers = {}
if os.getenv("BENCH_AUTH") then headers["Authorization"] = os.getenv("BENCH_AUTH") end
if os.getenv("BENCH_COOKIE") then headers["Cookie"] = os.getenv("BENCH_COOKIE") end

function request()
  return wrk.format("GET", nil, headers)
end
