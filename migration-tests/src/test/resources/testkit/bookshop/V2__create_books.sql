CREATE TYPE public.genre AS ENUM ('fiction', 'poetry');
CREATE TABLE public.books (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    author_id bigint NOT NULL,
    title text NOT NULL,
    genre public.genre DEFAULT 'fiction',
    CONSTRAINT pk_books PRIMARY KEY (id),
    CONSTRAINT fk_books_author_id_authors FOREIGN KEY (author_id) REFERENCES public.authors (id) ON DELETE CASCADE
);
CREATE INDEX ix_books_author_id ON public.books (author_id);
