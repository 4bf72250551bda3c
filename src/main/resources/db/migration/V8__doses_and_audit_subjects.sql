-- Issue 9: each catalog entry has its own dose unit (reps, seconds or minutes; see Dose.Unit), so a
-- set of an assignment may hold up to 600 (seconds of a carry or a plank), not only 100 reps.
alter table assignment drop constraint assignment_reps_check;
alter table assignment add constraint assignment_reps_check check (reps between 1 and 600);

-- Issue 9: the audit trail names who or what an entry is about (an athlete, a coach), so the audit
-- page shows names instead of ids.
alter table audit_entry add column subject varchar(200);
