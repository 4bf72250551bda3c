-- The queue and the program mark athletes awaiting clearance from the current RED or URGENT triage
-- of their reports. A triage row now names its report's athlete (a report never changes athlete),
-- so that read goes straight to the athlete's few flagged triages through a partial index instead
-- of probing every triage of every report of the page's athletes.
alter table triage_result add column athlete_id bigint;
update triage_result t set athlete_id = r.athlete_id from weekly_report r where r.id = t.report_id;
alter table triage_result alter column athlete_id set not null,
  add constraint triage_result_athlete foreign key (athlete_id) references athlete (id);
create index triage_result_flagged on triage_result (tenant_id, athlete_id)
  where level in ('RED', 'URGENT');
