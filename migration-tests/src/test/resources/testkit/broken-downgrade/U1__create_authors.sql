DROP TABLE public.authors;
