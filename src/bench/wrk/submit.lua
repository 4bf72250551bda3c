-- Weekly reports over the API, each from one of the generated athletes with its own token
-- (athlete i: 'psk_bench' .. i padded to 38 digits). Each wrk thread takes its own athletes and
-- gives each the next old ISO week in turn, so no report repeats a week: every answer should be 201.
dofile(os.getenv("BENCH_WRK_DIR") .. "/summary.lua")

local athletes = tonumber(os.getenv("BENCH_ATHLETES") or "20000")
local first_year = tonumber(os.getenv("BENCH_FIRST_YEAR") or "1960")
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  per_thread = math.floor(athletes / 2)
  offset = id * per_thread
  sent = 0
end

function request()
  local athlete = offset + (sent % per_thread)
  local n = math.floor(sent / per_thread)
  sent = sent + 1
  local week = string.format("%04d-W%02d", first_year + math.floor(n / 52), (n % 52) + 1)
  local token = string.format("psk_bench%038d", athlete)
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, '{"week":"' .. week .. '","topSetKg":140,"topSetReps":3,"painScore":0,'
    .. '"walkingMinutesPerDay":110}')
end
