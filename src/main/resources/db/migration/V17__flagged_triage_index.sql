-- The queue marks athletes awaiting clearance from the current RED or URGENT triage of their
-- reports. About one triage in ten is flagged, so probing this index per report is several times
-- cheaper than probing every triage of every report of the page's athletes.
create index triage_result_flagged on triage_result (tenant_id, report_id)
  where level in ('RED', 'URGENT');
