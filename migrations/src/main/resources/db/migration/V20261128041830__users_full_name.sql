-- retort:parent 20261128041714
-- Retort migration: users full name
-- Hand-written data migration: users.first_name and users.last_name become one users.full_name.
-- Flyway runs this file in one transaction; if a statement fails, nothing of it stays applied.
-- Hazards: ACCESS_EXCLUSIVE_LOCK (add and drop columns), DELETES_DATA (first_name, last_name are dropped
-- after their data is copied; the downgrade splits full_name back at its last space).

ALTER TABLE public.users ADD COLUMN full_name character varying(201);

-- Copy in batches of 5,000 rows so that no single statement holds row locks on the whole table.
DO $$
DECLARE
    copied integer;
BEGIN
    LOOP
        UPDATE public.users AS u
           SET full_name = NULLIF(concat_ws(' ', NULLIF(btrim(u.first_name), ''), NULLIF(btrim(u.last_name), '')), '')
         WHERE u.id IN (SELECT id FROM public.users
                         WHERE full_name IS NULL
                           AND NULLIF(concat_ws(' ', NULLIF(btrim(first_name), ''), NULLIF(btrim(last_name), '')), '') IS NOT NULL
                         LIMIT 5000);
        GET DIAGNOSTICS copied = ROW_COUNT;
        EXIT WHEN copied = 0;
    END LOOP;
END $$;

ALTER TABLE public.users DROP COLUMN first_name;
ALTER TABLE public.users DROP COLUMN last_name;
