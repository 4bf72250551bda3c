-- Rule set v2: "pain, numbness or weakness in both legs" is a sign of serious pathology.
alter table weekly_report add column both_legs boolean not null default false;
