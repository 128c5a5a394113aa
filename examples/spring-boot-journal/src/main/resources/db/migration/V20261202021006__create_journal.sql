-- retort:parent base
-- Retort migration: create journal
-- Changes (4):
--   create table public.authors
--   create table public.entries
--   create index ix_entries_author_id_created_at on public.entries
--   add foreign key fk_entries_author_id_authors on public.entries
-- Hazards: FULL_TABLE_SCAN (1 statement), SHARE_ROW_EXCLUSIVE_LOCK (1 statement), SHARE_LOCK (1 statement), INDEX_BUILD (1 statement)

-- create table public.authors
CREATE TABLE public.authors (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    email character varying(320) NOT NULL,
    CONSTRAINT pk_authors PRIMARY KEY (id),
    CONSTRAINT uq_authors_email UNIQUE (email)
);

-- create table public.entries
CREATE TABLE public.entries (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    author_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT pk_entries PRIMARY KEY (id)
);

-- create index ix_entries_author_id_created_at on public.entries
-- hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX ix_entries_author_id_created_at ON public.entries USING btree (author_id, created_at);

-- add foreign key fk_entries_author_id_authors on public.entries
-- hazards: FULL_TABLE_SCAN, SHARE_ROW_EXCLUSIVE_LOCK
ALTER TABLE public.entries ADD CONSTRAINT fk_entries_author_id_authors FOREIGN KEY (author_id) REFERENCES public.authors (id) ON DELETE CASCADE;
