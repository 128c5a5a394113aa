-- Retort migration: downgrade of create journal
-- Changes (4):
--   drop foreign key fk_entries_author_id_authors on public.entries
--   drop index ix_entries_author_id_created_at on public.entries
--   drop table public.entries
--   drop table public.authors
-- Hazards: DELETES_DATA (2 statements), ACCESS_EXCLUSIVE_LOCK (4 statements), INDEX_DROPPED (1 statement)

-- drop foreign key fk_entries_author_id_authors on public.entries
-- hazards: ACCESS_EXCLUSIVE_LOCK
ALTER TABLE public.entries DROP CONSTRAINT fk_entries_author_id_authors;

-- drop index ix_entries_author_id_created_at on public.entries
-- hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_DROPPED
DROP INDEX public.ix_entries_author_id_created_at;

-- drop table public.entries
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.entries;

-- drop table public.authors
-- hazards: DELETES_DATA, ACCESS_EXCLUSIVE_LOCK
DROP TABLE public.authors;
