-- Retort migration: downgrade of add mood to journal entries
-- Changes (3):
--   drop index ix_journal_entries_user_id_mood on public.journal_entries
--   drop column public.journal_entries.mood
--   drop enum public.mood
-- Hazards: DELETES_DATA (1 statement), ACCESS_EXCLUSIVE_LOCK (2 statements)

-- drop index ix_journal_entries_user_id_mood on public.journal_entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
DROP INDEX public.ix_journal_entries_user_id_mood;

-- drop column public.journal_entries.mood
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.journal_entries DROP COLUMN mood;

-- drop enum public.mood
DROP TYPE public.mood;
