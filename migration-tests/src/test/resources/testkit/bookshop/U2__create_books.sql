DROP TABLE public.books;
DROP TYPE public.genre;
