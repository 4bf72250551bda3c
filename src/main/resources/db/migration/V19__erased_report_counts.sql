-- Issue 15, data rights: when a tenant admin erases an athlete, their reports (answers, notes,
-- triage, reviews) are deleted and only how many reports the tenant had per ISO week and level is
-- kept here, with nothing that links a count to a person.
create table erased_report_count (
    tenant_id  bigint     not null references tenant (id),
    week       varchar(8) not null check (week ~ '^[0-9]{4}-W[0-9]{2}$'),
    level      varchar(8) not null check (level in ('GREEN', 'AMBER', 'RED', 'URGENT')),
    reports    integer    not null check (reports > 0),
    primary key (tenant_id, week, level)
);
