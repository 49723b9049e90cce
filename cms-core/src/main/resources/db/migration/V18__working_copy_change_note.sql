-- Autosave keeps the whole form, the public change note included: restoring a working copy brings back exactly
-- what was typed (issue 21, editing).
alter table working_copy add column change_note varchar(400) default '' not null;
