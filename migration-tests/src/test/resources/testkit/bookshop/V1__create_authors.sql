CREATE TABLE public.authors (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    name text NOT NULL,
    CONSTRAINT pk_authors PRIMARY KEY (id)
);
