-- The squad view counts each athlete's reports in the last 12 weeks for a whole tenant at once
-- (SquadQueries.page): with this index an index-only range scan instead of reading every report of
-- the installation (measured on generated data, 2 000 athletes × 30 weeks: ~200 ms → ~15 ms).
create index weekly_report_tenant_week_athlete on weekly_report (tenant_id, week, athlete_id);
