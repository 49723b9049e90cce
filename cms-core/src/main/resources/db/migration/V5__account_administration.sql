-- Administrators disable accounts, change roles and reset passwords; each of these ends the holder's sessions
-- that began before it (the admin compares a session's sign-in time with this instant on every request).
alter table staff_account add column sessions_revoked_at timestamp with time zone;
