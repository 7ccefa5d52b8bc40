-- Usernames are unique regardless of case ("Ada" and "ada" are one name), and logins look them
-- up by lower(username), which this index serves.
-- Rows that already collide by case keep the oldest as it is; the later ones get their id's first
-- eight characters appended (they can still sign in by email, and rename themselves).
UPDATE "users" AS u
   SET "username" = u."username" || '_' || substr(u."id"::text, 1, 8)
 WHERE u."username" IS NOT NULL
   AND EXISTS (
     SELECT 1 FROM "users" AS o
      WHERE lower(o."username") = lower(u."username")
        AND (o."created_at", o."id") < (u."created_at", u."id")
   );

CREATE UNIQUE INDEX "users_username_lower_key" ON "users" (lower("username"));
