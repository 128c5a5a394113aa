-- Retort downgrade of 20261128041830: users full name
-- Splits users.full_name back into first_name and last_name: the last name is the part after the last
-- space, the first name everything before it (a name without a space is a first name). It runs in one
-- transaction together with the removal of the migration's history row.

ALTER TABLE public.users ADD COLUMN first_name character varying(100);
ALTER TABLE public.users ADD COLUMN last_name character varying(100);

DO $$
DECLARE
    copied integer;
BEGIN
    LOOP
        UPDATE public.users AS u
           SET first_name = CASE WHEN position(' ' IN u.full_name) = 0 THEN u.full_name
                                 ELSE regexp_replace(u.full_name, ' [^ ]*$', '') END,
               last_name  = CASE WHEN position(' ' IN u.full_name) = 0 THEN NULL
                                 ELSE substring(u.full_name FROM '[^ ]*$') END
         WHERE u.id IN (SELECT id FROM public.users
                         WHERE full_name IS NOT NULL AND first_name IS NULL AND last_name IS NULL
                         LIMIT 5000);
        GET DIAGNOSTICS copied = ROW_COUNT;
        EXIT WHEN copied = 0;
    END LOOP;
END $$;

ALTER TABLE public.users DROP COLUMN full_name;
