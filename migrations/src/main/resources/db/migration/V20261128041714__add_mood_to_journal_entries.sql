-- retort:parent 20261128040334
-- Retort migration: add mood to journal entries
-- Changes (3):
--   create enum public.mood
--   add column public.journal_entries.mood
--   create index ix_journal_entries_user_id_mood on public.journal_entries
-- Hazards: ACCESS_EXCLUSIVE_LOCK (1 statement), INDEX_BUILD (1 statement)

-- create enum public.mood
CREATE TYPE public.mood AS ENUM ('awful', 'bad', 'okay', 'good', 'great');

-- add column public.journal_entries.mood
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries ADD COLUMN mood public.mood;

-- create index ix_journal_entries_user_id_mood on public.journal_entries
-- hazards: INDEX_BUILD
CREATE INDEX ix_journal_entries_user_id_mood ON public.journal_entries USING btree (user_id, mood) WHERE mood IS NOT NULL AND deleted_at IS NULL;
