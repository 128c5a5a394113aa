COMMENT ON TABLE public.books IS NULL;
ALTER TABLE public.books DROP CONSTRAINT ck_books_title;
ALTER TABLE public.books DROP CONSTRAINT uq_books_isbn;
ALTER TABLE public.books DROP COLUMN isbn;
