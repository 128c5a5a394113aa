ALTER TABLE public.books ADD COLUMN isbn character varying(13);
ALTER TABLE public.books ADD CONSTRAINT uq_books_isbn UNIQUE (isbn);
ALTER TABLE public.books ADD CONSTRAINT ck_books_title CHECK (length(title) > 0);
COMMENT ON TABLE public.books IS 'Books we sell';
