-- forgets the enum type that V2 created
DROP TABLE public.books;
