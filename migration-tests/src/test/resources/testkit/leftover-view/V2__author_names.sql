CREATE VIEW public.author_names AS SELECT name FROM public.authors;
