-- A second language (issue 16). Each account may choose the language of its pages and mails (NULL:
-- the browser's choice; mails then go out in English). A triage result keeps its texts as they were
-- shown then in every supported language; results stored before German arrived have English only
-- (NULL here) and are shown in English to German readers too.

alter table app_user add column language varchar(8);

alter table triage_result add column level_summary_de varchar(1000);

alter table triage_finding add column reason_de varchar(1000);
alter table triage_finding add column advice_de varchar(2000);
