-- one underscore between version and description: not a migration Flyway would run (test fixture)
CREATE TABLE public.tags (name text);
