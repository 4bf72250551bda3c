-- Issue 10, "who is alerted": a notification goes to a user account, so that an athlete without a
-- coach alerts every tenant admin of the tenant. Existing notifications keep their coach's account.
alter table app_user add constraint app_user_tenant_id unique (tenant_id, id);

alter table notification add column recipient_id bigint;
update notification n
   set recipient_id = c.account_id
  from coach c
 where c.tenant_id = n.tenant_id and c.id = n.coach_id;
alter table notification alter column recipient_id set not null;
alter table notification
    add constraint notification_recipient_fk foreign key (tenant_id, recipient_id) references app_user (tenant_id, id);
alter table notification drop column coach_id;
create index notification_recipient on notification (tenant_id, recipient_id, created_at desc, id desc);

