-- A report and its triage take their ids from blocks of 50 that the application reserves with one
-- nextval (JPA sequence preallocation), instead of asking PostgreSQL for each row's key after its
-- insert. The identity columns stay, so rows inserted without an id (bulk loads, scripts) still
-- get one; each such row now uses up a block. The next block starts above every id in use.
alter table weekly_report alter column id set increment by 50;
select setval(pg_get_serial_sequence('weekly_report', 'id'), coalesce(max(id), 0) + 50, false)
  from weekly_report;

alter table triage_result alter column id set increment by 50;
select setval(pg_get_serial_sequence('triage_result', 'id'), coalesce(max(id), 0) + 50, false)
  from triage_result;
