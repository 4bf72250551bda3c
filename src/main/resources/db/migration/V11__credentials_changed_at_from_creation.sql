-- V9 gave every existing account the time of that migration as credentials_changed_at. Tokens made
-- before a password change no longer sign in, so that value would have ended every token made
-- before the upgrade although no password had changed: until a first change, the credentials
-- date from the account's creation. (Runs in the same upgrade as V9, before any password change.)

update app_user set credentials_changed_at = created_at where credentials_changed_at > created_at;
