-- 10 000 extra FAQ entries for the admin list benchmark: every second one live, the others drafts. Ids far above
-- what the sequences hand out, so they never collide with items the CMS creates itself.
begin;
insert into content_item (id, content_type, path, created_at, version, archived, revision_count)
select 10000000 + n, 'FAQ_ENTRY', '/bench/faq/entry-' || lpad(n::text, 5, '0'), now() - (n || ' minutes')::interval,
       1, false, 1
from generate_series(1, 10000) as n;

insert into revision (id, item_id, number, author, created_at, change_note, title, description, body, content_hash,
                      fields, kind)
select 10000000 + n, 10000000 + n, 1, case when n % 3 = 0 then 'edna' else 'otto' end,
       now() - (n || ' minutes')::interval, 'bulk', 'Benchmark question number ' || n || '?', '',
       'An answer of a few words for question ' || n || '.', md5(n::text) || md5((n + 1)::text),
       '{"position":"' || n || '"}', 'EDIT'
from generate_series(1, 10000) as n;

update content_item set latest_revision_id = id,
       live_revision_id = case when id % 2 = 0 then id else null end
where id > 10000000;
commit;
select count(*) as items from content_item;
