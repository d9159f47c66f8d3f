-- Reviewer Workstation on PostgreSQL: least privilege (docs/postgresql.md explains each step).
--
-- Roles:
--   owner   runs the migrations (`workstation db upgrade`), owns every table and function, creates
--           the group roles; the only role that writes the tables directly. Never a person's login.
--   groups  one per product role, made by the migration: <prefix>_reviewer, <prefix>_wellbeing,
--           <prefix>_lead, <prefix>_admin (the prefix is the database's name, plus _<schema> outside
--           `public`; `SELECT * FROM db_roles` lists them). They read what the window shows, under
--           row-level security, and write only through SECURITY DEFINER functions that take the
--           person from session_user.
--   people  one LOGIN role each, a member of the groups of their product roles.
--
-- The steps, in the order they run:
--
--   1. Part 1, once, with psql as a superuser connected to the new, empty database:
--        psql -v ON_ERROR_STOP=1 -v owner=ws_owner -v dbname=reviewer -d reviewer \
--             -f docs/postgres-least-privilege.sql            (stops at the end of part 1)
--      then set the owner's password: \password ws_owner
--   2. The migrations, as the owner:
--        WORKSTATION_DATABASE_URL=postgresql+psycopg://ws_owner@host/reviewer workstation db upgrade
--   3. Part 2, for each person, as the owner (after `workstation users add` made them a user); with
--      -v person set, part 1 is skipped:
--        psql -v ON_ERROR_STOP=1 -v person=ann -v username=ann -v group=reviewer_reviewer \
--             -d reviewer -U ws_owner -f docs/postgres-least-privilege.sql
--      then the person sets their password: \password (or use Kerberos, certificates: pg_hba.conf).
--
-- Tested by tests/reliability/test_least_privilege.py, which runs these statements as written in a
-- database it creates, migrates as the owner, and runs the review flow as each person's login.

-- ===== part 1: the owner and the database (superuser, once) =====

\if :{?person}
\else

-- CREATEROLE: the migration creates the group roles, and people's logins are made by the owner.
CREATE ROLE :"owner" LOGIN CREATEROLE;
ALTER DATABASE :"dbname" OWNER TO :"owner";
-- Only the groups (granted by the migration) and the owner may connect; nobody else may create.
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO :"owner";
\endif

-- ===== part 2: a person's login (the owner, after `workstation db upgrade` and `users add`) =====

\if :{?person}

CREATE ROLE :"person" LOGIN;
-- One GRANT per product role the person holds (`SELECT * FROM db_roles` names the groups).
GRANT :"group" TO :"person";
-- Only when the login's name is not the person's username: tell the database whose login it is.
UPDATE users SET db_login = :'person' WHERE username = :'username';
\endif
