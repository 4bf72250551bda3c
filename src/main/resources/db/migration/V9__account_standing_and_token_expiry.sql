-- Account standing (issue 11): an account can be deactivated (coaches and admins by their tenant
-- admin, athletes when archived), and a password change invalidates every earlier session and
-- token. Tokens may carry an expiry.

alter table app_user add column active boolean not null default true;
alter table app_user add column credentials_changed_at timestamptz not null default now();

alter table access_token add column expires_at timestamptz;
