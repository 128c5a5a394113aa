-- retort:parent base
-- A migration of another branch, merged after the main line's 20261202021006 was applied (test fixture)
CREATE TABLE public.tags (
    name text NOT NULL,
    CONSTRAINT pk_tags PRIMARY KEY (name)
);
