-- Fills a migrated PullSafe database with a realistic installation for the benchmarks, in bulk
-- (INSERT ... SELECT over generate_series: a million reports take a few minutes, not hours).
-- Run through src/bench/generate-data.sh, which migrates the schema first and sets:
--   :tenants     number of tenants (the first, bench-000, is the big one: 2 000 athletes)
--   :athletes    athletes in all
--   :weeks       weekly reports per athlete, ending with the current ISO week
--   :hash        the PBKDF2 hash every bench account signs in with (bench-pass-2026)
-- Every coach looks after at most 100 athletes; coach i has the token 'psk_coach' || lpad(i, 38, '0')
-- and the admin of tenant i 'psk_admin' || lpad(i, 38, '0'), in id order. Levels come out at about 72 % GREEN, 18 % AMBER,
-- 8 % RED, 2 % URGENT; flagged reports older than two weeks are reviewed, newer ones are open;
-- RED and URGENT reports notified the coach. Athlete i (0-based, in id order) has the personal
-- access token 'psk_bench' || lpad(i, 38, '0'), so the load test can use tokens without
-- creating them.
\set ON_ERROR_STOP on
set synchronous_commit = off;

begin;

insert into tenant (slug, name, status, created_at)
select 'bench-' || lpad(t::text, 3, '0'), 'Bench gym ' || t, 'ACTIVE', now() - interval '400 days'
  from generate_series(0, :tenants - 1) t;

create temporary table bench_tenant on commit drop as
select t.id, row_number() over (order by t.id) - 1 as n
  from tenant t where t.slug like 'bench-%';

insert into tenant_settings (tenant_id, progression_cap_percent, plate_increment_kg, walking_target_minutes)
select id, 5, 2.5, 100 from bench_tenant;

-- Athletes per tenant: 2 000 in bench-000 (or all, with one tenant), the rest spread evenly.
create temporary table bench_athlete_slot on commit drop as
with per_tenant as (
  select bt.id as tenant_id, bt.n,
         case when :tenants = 1 then :athletes
              when bt.n = 0 then least(2000, :athletes)
              else (greatest(:athletes - 2000, 0) / (:tenants - 1))
                   + case when bt.n <= greatest(:athletes - 2000, 0) % (:tenants - 1) then 1 else 0 end
         end as athletes
    from bench_tenant bt
)
select p.tenant_id, p.n as tenant_n, s as slot, s / 100 as coach_slot
  from per_tenant p, generate_series(0, p.athletes - 1) s;

insert into app_user (tenant_id, email, display_name, password_hash, role, created_at)
select id, 'admin@bench-' || lpad(n::text, 3, '0') || '.test', 'Admin ' || n, :'hash', 'TENANT_ADMIN',
       now() - interval '400 days'
  from bench_tenant;

insert into app_user (tenant_id, email, display_name, password_hash, role, created_at)
select distinct tenant_id,
       'coach' || coach_slot || '@bench-' || lpad(tenant_n::text, 3, '0') || '.test',
       'Coach ' || tenant_n || '-' || coach_slot, :'hash', 'COACH', now() - interval '400 days'
  from bench_athlete_slot;

insert into coach (tenant_id, account_id, display_name)
select u.tenant_id, u.id, u.display_name
  from app_user u join bench_tenant bt on bt.id = u.tenant_id
 where u.role = 'COACH';

insert into app_user (tenant_id, email, display_name, password_hash, role, created_at)
select tenant_id, 'athlete' || slot || '@bench-' || lpad(tenant_n::text, 3, '0') || '.test',
       'Athlete ' || tenant_n || '-' || lpad(slot::text, 4, '0'), :'hash', 'ATHLETE',
       now() - interval '400 days'
  from bench_athlete_slot;

-- Accounts made 400 days ago that never changed their password: their tokens must not count as
-- older than their credentials (AccessToken.signsIn), so the change is dated at creation.
update app_user u set credentials_changed_at = u.created_at
  from bench_tenant bt
 where bt.id = u.tenant_id;

insert into athlete (tenant_id, account_id, display_name, coach_id)
select s.tenant_id, u.id, u.display_name, c.id
  from bench_athlete_slot s
  join app_user u on u.email = 'athlete' || s.slot || '@bench-' || lpad(s.tenant_n::text, 3, '0') || '.test'
  join app_user cu on cu.email = 'coach' || s.coach_slot || '@bench-' || lpad(s.tenant_n::text, 3, '0') || '.test'
  join coach c on c.account_id = cu.id;

create temporary table bench_athlete on commit drop as
select a.id, a.tenant_id, a.account_id, a.coach_id, row_number() over (order by a.id) - 1 as i
  from athlete a join bench_tenant bt on bt.id = a.tenant_id;

insert into access_token (account_id, name, prefix, token_hash, created_at)
select account_id, 'benchmark', 'psk_bench000',
       encode(sha256(convert_to('psk_bench' || lpad(i::text, 38, '0'), 'UTF8')), 'hex'),
       now() - interval '1 day'
  from bench_athlete;

insert into access_token (account_id, name, prefix, token_hash, created_at)
select account_id, 'benchmark', 'psk_coach000',
       encode(sha256(convert_to('psk_coach' || lpad((row_number() over (order by c.id) - 1)::text, 38, '0'), 'UTF8')), 'hex'),
       now() - interval '1 day'
  from coach c join bench_tenant bt on bt.id = c.tenant_id;

insert into access_token (account_id, name, prefix, token_hash, created_at)
select u.id, 'benchmark', 'psk_admin000',
       encode(sha256(convert_to('psk_admin' || lpad(bt.n::text, 38, '0'), 'UTF8')), 'hex'),
       now() - interval '1 day'
  from app_user u join bench_tenant bt on bt.id = u.tenant_id
 where u.role = 'TENANT_ADMIN';

-- The bare comparison endpoint of the benchmark build writes here (BareInsertResource).
create table if not exists bench_bare (
    id      bigint generated by default as identity primary key,
    caller  varchar(254) not null,
    at      timestamptz  not null
);

-- One report per athlete and week; the die decides the kind of week.
create temporary table bench_report_plan on commit drop as
select a.id as athlete_id, a.tenant_id, a.coach_id, w,
       to_char(current_date - (w * 7), 'IYYY-"W"IW') as week,
       (current_date - (w * 7))::timestamp + interval '18 hours' as submitted_at,
       abs(hashtext(a.id || '/' || w)) % 100 as die
  from bench_athlete a, generate_series(0, :weeks - 1) w;

insert into weekly_report (
    tenant_id, athlete_id, week, top_set_kg, top_set_reps, pain_score, pain_character, pain_spread,
    symmetric_pain, onset, days_lasting, worse_bending_or_extending, at_submaximal_loads,
    grinding_heavy_reps, radiates_to_leg, numbness_or_tingling, pop_felt, saddle_numbness,
    bladder_or_bowel_change, progressive_leg_weakness, both_legs, fever_or_unwell, recent_trauma,
    constant_night_pain, walking_minutes_per_day, notes, submitted_at, level, level_rank,
    review_status, version, version_number)
select tenant_id, athlete_id, week,
       100 + (athlete_id % 80) + ((:weeks - w) / 4) * 2.5, 3,
       case when die < 72 then 0 when die < 90 then 3 else 5 end,
       case when die < 72 then null when die < 90 then 'DULL' else 'BURNING' end,
       case when die < 72 then null else 'LOCALIZED' end,
       die < 90,
       case when die < 72 then null when die < 90 then 'START_OF_PULL' else 'DURING_SET' end,
       case when die < 72 then null else 2 end,
       false, false, false,
       die >= 90 and die < 98, false, false,
       die >= 98, false, false, false, false, false, false,
       110, null, submitted_at,
       case when die < 72 then 'GREEN' when die < 90 then 'AMBER' when die < 98 then 'RED' else 'URGENT' end,
       case when die < 72 then 0 when die < 90 then 1 when die < 98 then 2 else 3 end,
       case when die < 72 then 'NOT_FLAGGED' when w < 2 then 'OPEN' else 'REVIEWED' end,
       0, 1
  from bench_report_plan;

create temporary table bench_report on commit drop as
select r.id, r.tenant_id, r.athlete_id, r.week, r.level, r.submitted_at, r.review_status
  from weekly_report r join bench_tenant bt on bt.id = r.tenant_id;

insert into triage_result (tenant_id, report_id, athlete_id, level, rule_set_version, created_at, version_number, level_summary)
select tenant_id, id, athlete_id, level, '2026.12-2', submitted_at, 1,
       case level
         when 'GREEN' then 'Green: nothing here needs your coach. Train as planned.'
         when 'AMBER' then 'Amber: your coach will look at this report and may change your technique work or your program.'
         when 'RED' then 'Red: stop heavy pulling and have your back checked by a qualified clinician. Your coach has been told and must clear you before heavy pulling starts again.'
         else 'Urgent: stop all training and get emergency care now from a qualified clinician. Your coach has been told.'
       end
  from bench_report;

insert into triage_finding (triage_result_id, position, code, level, reason, advice)
select t.id, 0,
       case t.level when 'AMBER' then 'SETUP_FAULT' when 'RED' then 'DISC_IRRITATION' else 'SERIOUS_PATHOLOGY_SIGNS' end,
       t.level, 'Generated for the benchmark.', 'Generated for the benchmark.'
  from triage_result t join bench_tenant bt on bt.id = t.tenant_id
 where t.level <> 'GREEN';

insert into review (tenant_id, report_id, decision, triage_level, reason, note_to_athlete,
                    reviewer, reviewer_name, reviewed_at, version_number)
select r.tenant_id, r.id, 'CONFIRM', r.level, null, 'Reviewed in the benchmark data.',
       'coach@bench.test', 'Bench coach', r.submitted_at + interval '1 day', 1
  from bench_report r
 where r.review_status = 'REVIEWED';

insert into notification (tenant_id, recipient_id, report_id, athlete_name, week, level, created_at,
                          read_at, mail_status, mail_attempts, mail_sent_at)
select r.tenant_id, c.account_id, r.id, a.display_name, r.week, r.level, r.submitted_at,
       case when r.review_status = 'REVIEWED' then r.submitted_at + interval '1 day' end,
       'SENT', 1, r.submitted_at + interval '1 minute'
  from bench_report r
  join athlete a on a.tenant_id = r.tenant_id and a.id = r.athlete_id
  join coach c on c.tenant_id = a.tenant_id and c.id = a.coach_id
 where r.level in ('RED', 'URGENT');

-- The athlete's standing is their latest report's level.
update athlete a
   set status_level = r.level, status_week = r.week
  from (select distinct on (athlete_id) athlete_id, tenant_id, level, week
          from bench_report order by athlete_id, week desc) r
 where a.tenant_id = r.tenant_id and a.id = r.athlete_id;

commit;

analyze;

select (select count(*) from tenant where slug like 'bench-%') as tenants,
       (select count(*) from athlete a join tenant t on t.id = a.tenant_id where t.slug like 'bench-%') as athletes,
       (select count(*) from weekly_report r join tenant t on t.id = r.tenant_id where t.slug like 'bench-%') as reports,
       (select count(*) from review v join tenant t on t.id = v.tenant_id where t.slug like 'bench-%') as reviews,
       (select count(*) from notification n join tenant t on t.id = n.tenant_id where t.slug like 'bench-%') as notifications;
