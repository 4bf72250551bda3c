-- A coach may prescribe the relearning block in a review (domain brief: "prescribed on
-- RECURRING_PAIN, or by the coach"); the athlete's latest review decides.
alter table review add column relearning_block boolean not null default false;
