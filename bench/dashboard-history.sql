-- A year of editorial history for the dashboard benchmark (issue 20): 10 000 items with 10 revisions each
-- (100 000 revisions), 30 000 finished reviews (policies through Communications then Legal review, everything else
-- through one Review step) with their decisions, 500 reviews in progress of every age, 30 000 publications,
-- 300 releases, 200 000 audit entries (1 % urgent fixes) and 3 000 finished schedules. Ids start far above what the
-- sequences hand out, so they never collide with rows the CMS creates itself. Times are spread over the last year.
begin;

insert into content_item (id, content_type, path, created_at, version, archived, revision_count)
select 20000000 + n,
       case n % 10 when 0 then 'POLICY' when 1 then 'FAQ_ENTRY' when 2 then 'FAQ_ENTRY' when 3 then 'DOCUMENT'
                   when 4 then 'TRADEMARK' else 'PAGE' end,
       '/bench/history/item-' || lpad(n::text, 5, '0'), now() - interval '370 days', 1, false, 10
from generate_series(1, 10000) as n;

-- revision k of item n: every 36 days, the items staggered over a month; revision 10 is the newest
insert into revision (id, item_id, number, author, created_at, change_note, title, description, body, content_hash,
                      fields, kind)
select 20000000 + n * 10 + k, 20000000 + n, k, case when n % 3 = 0 then 'edna' else 'otto' end,
       now() - ((10 - k) * 36 + n % 30) * interval '1 day' - (n % 24) * interval '1 hour',
       'history', 'History item ' || n || ' revision ' || k, '', 'Words of revision ' || k || ' of item ' || n || '.',
       md5(n::text || '-' || k::text) || md5(k::text || '-' || n::text), '{"position":"' || n || '"}', 'EDIT'
from generate_series(1, 10000) as n, generate_series(1, 10) as k;

update content_item set latest_revision_id = 20000000 + (id - 20000000) * 10 + 10,
                        live_revision_id = 20000000 + (id - 20000000) * 10 + 9
where id > 20000000 and id <= 20010000;

-- finished reviews of revisions 3, 6 and 9, submitted an hour after the revision; the first step decides within
-- 0-95 hours, a policy's second step 0-119 hours later; one in twelve is rejected at its first step
insert into review (id, item_id, revision_id, revision_number, content_hash, state, current_step, submitted_by,
                    submitted_at, closed_at, closing_reason, version, on_hotfix)
select 20000000 + n * 10 + k, 20000000 + n, 20000000 + n * 10 + k, k, r.content_hash,
       case when (n + k) % 12 = 0 then 'REJECTED' else 'PUBLISHED' end,
       case when n % 10 = 0 and (n + k) % 12 <> 0 then 1 else 0 end,
       r.author, r.created_at + interval '1 hour', r.created_at + interval '10 days', null, 1, false
from generate_series(1, 10000) as n, (values (3), (6), (9)) as ks(k)
join revision r on true
where r.id = 20000000 + n * 10 + k;

-- reviews in progress of revision 10 for every 20th item, submitted from minutes to a week ago
insert into review (id, item_id, revision_id, revision_number, content_hash, state, current_step, submitted_by,
                    submitted_at, closed_at, closing_reason, version, on_hotfix)
select 20000000 + n * 10 + 10, 20000000 + n, 20000000 + n * 10 + 10, 10, md5(n::text || '-10') || md5('10-' || n::text),
       'IN_PROGRESS', case when n % 40 = 0 then 1 else 0 end, 'edna',
       now() - (n % 168) * interval '1 hour' - interval '5 minutes', null, null, 1, false
from generate_series(20, 10000, 20) as n;

insert into review_step (review_id, position, name, reviewer_group)
select rv.id, 0, case when i.content_type = 'POLICY' then 'Communications review' else 'Review' end,
       case when i.content_type = 'POLICY' then 'communications' else 'reviewers' end
from review rv join content_item i on i.id = rv.item_id where rv.id > 20000000;
insert into review_step (review_id, position, name, reviewer_group)
select rv.id, 1, 'Legal review', 'legal'
from review rv join content_item i on i.id = rv.item_id where rv.id > 20000000 and i.content_type = 'POLICY';

insert into review_decision (id, review_id, step_index, step_name, outcome, actor, revision_id, content_hash, comment,
                             decided_at)
select rv.id, rv.id, 0, s.name, case when rv.state = 'REJECTED' then 'REJECTED' else 'APPROVED' end,
       case when s.name = 'Review' then 'rita' else 'cora' end, rv.revision_id, rv.content_hash, 'history',
       rv.submitted_at + ((rv.id * 7) % 96) * interval '1 hour'
from review rv join review_step s on s.review_id = rv.id and s.position = 0
where rv.id > 20000000 and (rv.state <> 'IN_PROGRESS' or rv.current_step = 1);
insert into review_decision (id, review_id, step_index, step_name, outcome, actor, revision_id, content_hash, comment,
                             decided_at)
select rv.id + 5, rv.id, 1, 'Legal review', 'APPROVED', 'lou', rv.revision_id, rv.content_hash, 'history',
       d.decided_at + ((rv.id * 13) % 120) * interval '1 hour'
from review rv join review_decision d on d.review_id = rv.id and d.step_index = 0
where rv.id > 20000000 and rv.state = 'PUBLISHED' and rv.current_step = 1;

-- the published reviews' revisions went live 2 hours after their last decision, as versions 1 to 3
insert into publication (id, item_id, revision_id, version, published_at, published_by)
select rv.id, rv.item_id, rv.revision_id, rv.revision_number / 3, max(d.decided_at) + interval '2 hours', 'rita'
from review rv join review_decision d on d.review_id = rv.id
where rv.id > 20000000 and rv.state = 'PUBLISHED'
group by rv.id, rv.item_id, rv.revision_id, rv.revision_number;

insert into content_release (id, title, description, state, created_by, created_at, submitted_by, submitted_at,
                             decided_by, decided_at, decision_note, published_by, published_at, version)
select 20000000 + n, 'History release ' || n, '', 'PUBLISHED', 'edna', now() - (n * 29) * interval '1 hour',
       'edna', now() - (n * 29) * interval '1 hour', 'rita', now() - (n * 29) * interval '1 hour', 'ok', 'rita',
       now() - (n * 29) * interval '1 hour' + interval '1 hour', 1
from generate_series(1, 300) as n;

insert into audit_entry (id, occurred_at, actor, action, item_id, item_path, revision_id, detail)
select 20000000 + n, now() - (n * 157) * interval '1 second',
       case when n % 5 = 0 then 'ada' else 'edna' end,
       case when n % 100 = 0 then 'publishing.urgent-fix' when n % 3 = 0 then 'workflow.approve'
            else 'content.save' end,
       20000000 + 1 + n % 10000, '/bench/history/item-' || lpad((1 + n % 10000)::text, 5, '0'), null, 'history'
from generate_series(1, 200000) as n;

insert into publication_schedule (id, action, item_id, revision_id, content_hash, release_id, due_at, time_zone, note,
                                  state, attempts, next_attempt_at, last_error, requested_by, requested_at,
                                  finished_at, late_by_seconds, cancelled_by, version)
select 20000000 + n, 'PUBLISH', 20000000 + 1 + n % 10000, null, null, null,
       now() - (n * 3) * interval '1 hour', 'UTC', '', case when n % 25 = 0 then 'FAILED' else 'DONE' end,
       case when n % 25 = 0 then 3 else 1 end, now() - (n * 3) * interval '1 hour',
       case when n % 25 = 0 then 'history failure' else null end, 'rita', now() - (n * 3 + 48) * interval '1 hour',
       now() - (n * 3) * interval '1 hour' + (case when n % 9 = 0 then 600 else 5 end) * interval '1 second',
       case when n % 25 = 0 then null when n % 9 = 0 then 600 else 5 end, null, 1
from generate_series(1, 3000) as n;

commit;
analyze;
select (select count(*) from content_item) as items, (select count(*) from revision) as revisions,
       (select count(*) from review) as reviews, (select count(*) from review_decision) as decisions,
       (select count(*) from publication) as publications, (select count(*) from audit_entry) as audit_entries,
       (select count(*) from publication_schedule) as schedules;
