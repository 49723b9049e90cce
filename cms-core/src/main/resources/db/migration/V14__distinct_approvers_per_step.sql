-- A workflow may require a different approver for each of its steps (issue 18). Every stored workflow gets it:
-- the defaults ask for it (policies pass Communications and then Legal review: two people, not one in both
-- groups), and with a single step it changes nothing.
alter table workflow_definition add column distinct_approvers boolean default true not null;

-- A review keeps the rule it started with, as it keeps its steps; reviews already running started without it.
alter table review add column distinct_approvers boolean default false not null;
