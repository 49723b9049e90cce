-- At least one row in every table the migrations create, so ArchiveRoundTripTest carries each of them through an
-- export and an import. A revision's base has a higher id than the revision (ids come in blocks per instance), and
-- items point at their revisions, so the import's deferred references are exercised.
insert into content_item (id, content_type, path, latest_revision_id, live_revision_id, created_at, version, archived, revision_count)
    values (1, 'PAGE', '/omaspecworks/about', null, null, timestamp with time zone '2026-01-02 10:00:00.123456+01:00', 3, false, 2);
insert into content_item (id, content_type, path, latest_revision_id, live_revision_id, created_at, version, archived, revision_count)
    values (51, 'DOCUMENT', '/omaspecworks/about/terms.pdf', null, null, timestamp with time zone '2026-01-02 10:00:00+00:00', 1, true, 1);
insert into revision (id, item_id, number, base_revision_id, author, created_at, change_note, title, description, body, content_hash, fields, kind, merged_revision_id)
    values (7, 1, 1, null, 'admin', timestamp with time zone '2026-01-02 10:00:00+00:00', 'Seed', 'About', 'About us', '# About' || chr(10) || chr(10) || 'Ünïcode “quotes” and a tab' || chr(9) || '.', 'aaa', '{}', 'EDIT', null);
insert into revision (id, item_id, number, base_revision_id, author, created_at, change_note, title, description, body, content_hash, fields, kind, merged_revision_id)
    values (3, 1, 2, 7, 'edna', timestamp with time zone '2026-01-03 10:00:00+00:00', 'Typo', 'About', 'About us', '# About' || chr(10) || chr(10) || 'Fixed.', 'bbb', '{"a":1}', 'HOTFIX', 7);
insert into revision (id, item_id, number, base_revision_id, author, created_at, change_note, title, description, body, content_hash, fields, kind, merged_revision_id)
    values (60, 51, 1, null, 'edna', timestamp with time zone '2026-01-03 10:00:00+00:00', 'Upload', 'Terms', '', '', 'ccc', '{"file":"1"}', 'EDIT', null);
update content_item set latest_revision_id = 3, live_revision_id = 7 where id = 1;
update content_item set latest_revision_id = 60 where id = 51;

insert into staff_account (id, username, display_name, password_hash, enabled, must_change_password, created_at, version, sessions_revoked_at)
    values (1, 'admin', 'Administrator', 'pbkdf2$600000$c2FsdA$aGFzaA', true, false, timestamp with time zone '2026-01-01 00:00:00+00:00', 1, null);
insert into staff_account_role (account_id, role) values (1, 'ADMIN');
insert into staff_account_group (account_id, group_name) values (1, 'reviewers');
insert into sign_in_failures (throttle_key, failures, locked_until, last_failure_at)
    values ('name:abc', 2, null, timestamp with time zone '2026-01-04 00:00:00+00:00');

insert into workflow_definition (id, content_type, version) values (1, 'PAGE', 1);
insert into workflow_step (definition_id, position, name, reviewer_group) values (1, 0, 'Review', 'reviewers');

insert into review (id, item_id, revision_id, revision_number, content_hash, state, current_step, submitted_by, submitted_at, closed_at, closing_reason, version, on_hotfix, distinct_approvers)
    values (1, 1, 3, 2, 'bbb', 'APPROVED', 1, 'edna', timestamp with time zone '2026-01-03 11:00:00+00:00', timestamp with time zone '2026-01-03 12:00:00+00:00', null, 2, true, true);
insert into review_step (review_id, position, name, reviewer_group) values (1, 0, 'Review', 'reviewers');
insert into review_decision (id, review_id, step_index, step_name, outcome, actor, revision_id, content_hash, comment, decided_at)
    values (1, 1, 0, 'Review', 'APPROVED', 'rita', 3, 'bbb', 'Fine', timestamp with time zone '2026-01-03 12:00:00+00:00');
insert into review_comment (id, review_id, revision_id, author, text, written_at)
    values (1, 1, 3, 'rita', 'One comma?', timestamp with time zone '2026-01-03 11:30:00+00:00');

insert into audit_entry (id, occurred_at, actor, action, item_id, item_path, revision_id, detail)
    values (1, timestamp with time zone '2026-01-03 10:00:00+00:00', 'edna', 'content.save', 1, '/omaspecworks/about', 3, 'Saved revision 2');
insert into audit_entry (id, occurred_at, actor, action, item_id, item_path, revision_id, detail)
    values (2, timestamp with time zone '2026-01-03 10:00:01+00:00', 'admin', 'identity.create-account', null, null, null, 'Created rita');

insert into stored_file (id, sha256, media_type, size_bytes, file_name, uploaded_by, uploaded_at)
    values (1, 'd0c5', 'application/pdf', 14, 'terms.pdf', 'edna', timestamp with time zone '2026-01-03 10:00:00+00:00');
insert into stored_file_content (file_id, content) values (1, X'255044462d312e340a2525454f460a00ff');

insert into publication (id, item_id, revision_id, version, published_at, published_by)
    values (1, 1, 7, 1, timestamp with time zone '2026-01-02 10:00:00+00:00', 'system');
insert into agreement_acceptance (id, agreement_path, agreement_version, agreement_revision_id, document_path, visitor_reference, accepted_at)
    values (1, '/omaspecworks/about', 1, 7, '/omaspecworks/about/terms.pdf', 'f00d', timestamp with time zone '2026-01-05 00:00:00+00:00');
insert into preview_link (id, item_id, revision_id, created_by, created_at, expires_at, revoked_by, revoked_at, version)
    values (1, 1, 3, 'edna', timestamp with time zone '2026-01-03 10:00:00+00:00', timestamp with time zone '2026-01-10 10:00:00+00:00', 'rita', timestamp with time zone '2026-01-04 10:00:00+00:00', 2);
insert into signing_key (name, secret, created_at) values ('preview', 'abcdef', timestamp with time zone '2026-01-01 00:00:00+00:00');

insert into content_release (id, title, description, state, created_by, created_at, submitted_by, submitted_at, decided_by, decided_at, decision_note, published_by, published_at, version)
    values (1, 'Spring', 'Two pages', 'IN_REVIEW', 'edna', timestamp with time zone '2026-01-03 10:00:00+00:00', 'edna', timestamp with time zone '2026-01-03 10:05:00+00:00', null, null, null, null, null, 2);
insert into content_release_entry (id, release_id, item_id, revision_id, content_hash, added_by, added_at)
    values (1, 1, 1, 3, 'bbb', 'edna', timestamp with time zone '2026-01-03 10:01:00+00:00');
insert into release_step (release_id, position, name, reviewer_group) values (1, 0, 'Review', 'reviewers');
insert into release_approval (release_id, step_index, step_name, approved_by, approved_at, note)
    values (1, 0, 'Review', 'rita', timestamp with time zone '2026-01-03 10:06:00+00:00', null);
insert into publication_schedule (id, action, item_id, revision_id, content_hash, release_id, due_at, time_zone, note, state, attempts, next_attempt_at, last_error, requested_by, requested_at, finished_at, late_by_seconds, cancelled_by, version)
    values (1, 'PUBLISH', 1, 3, 'bbb', null, timestamp with time zone '2027-01-01 09:00:00+00:00', 'Europe/Paris', '', 'PENDING', 0, timestamp with time zone '2027-01-01 09:00:00+00:00', null, 'rita', timestamp with time zone '2026-01-03 12:00:00+00:00', null, null, null, 1);
insert into working_copy (id, item_id, username, base_revision_id, title, description, body, fields, saved_at)
    values (1, 1, 'edna', 3, 'About', 'About us', 'Half typed', '{}', timestamp with time zone '2026-01-04 10:00:00+00:00');
insert into overwrite_notice (id, item_id, recipient, saved_by, saved_revision, overwritten, created_at, dismissed_at)
    values (1, 1, 'otto', 'edna', 2, '1', timestamp with time zone '2026-01-04 11:00:00+00:00', null);
