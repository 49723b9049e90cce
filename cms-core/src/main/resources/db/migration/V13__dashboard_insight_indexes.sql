-- The dashboard's insights read the last twelve weeks of decisions, publications, releases, urgent fixes and
-- finished schedules, and the reviews in progress by step: these indexes keep each of those reads to the rows of
-- the window (issue 20; measured in BENCHMARKS.md).
create index ix_review_decision_decided_at on review_decision (decided_at);
create index ix_review_decision_review_step on review_decision (review_id, step_index);
create index ix_review_state_submitted on review (state, submitted_at);
create index ix_publication_published_at on publication (published_at);
create index ix_content_release_published_at on content_release (published_at);
create index ix_audit_entry_action_occurred on audit_entry (action, occurred_at);
create index ix_publication_schedule_finished on publication_schedule (finished_at);
