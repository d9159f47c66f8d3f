-- Reviewer Workstation on PostgreSQL: least privilege.
--
-- Two roles:
--   owner  runs the migrations (`workstation db upgrade`) and owns every table;
--   app    is what the workstations connect as. It can read what it needs, append decisions and
--          audit events, and change only the rows that are meant to change (claims, item status,
--          the chain heads). It cannot UPDATE or DELETE decisions or audit events, nor TRUNCATE,
--          ALTER or DROP anything: PostgreSQL itself refuses, whatever a compromised or buggy
--          workstation sends.
--
-- Run with psql as a superuser (or a role with CREATEROLE that owns the database), connected to
-- the application's database, naming the roles and the database:
--
--   psql -v ON_ERROR_STOP=1 -v owner=ws_owner -v app=ws_app -v dbname=reviewer \
--        -d reviewer -f docs/postgres-least-privilege.sql
--
-- Part 1 once, before the first migration; part 2 after every `workstation db upgrade` (it is
-- idempotent, so running the whole file again after an upgrade is fine once the roles exist:
-- run only part 2 then). Set passwords with psql's \password ws_owner and \password ws_app;
-- workstations get WORKSTATION_DATABASE_URL=postgresql+psycopg://ws_app:...@host/reviewer,
-- the migration job postgresql+psycopg://ws_owner:...@host/reviewer.
--
-- Tested by tests/reliability/test_least_privilege.py, which applies this file in a database it
-- creates, migrates as the owner, runs claim/decide/undo as the app and checks the refusals.

-- ===== part 1: roles and the database (once) =====

CREATE ROLE :"owner" LOGIN;
CREATE ROLE :"app" LOGIN;

-- The owner creates the schema's tables (the public schema belongs to the database owner).
ALTER DATABASE :"dbname" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"dbname" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"dbname" TO :"app";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";

-- ===== part 2: table privileges (after every migration) =====

-- Start from nothing, then read everything the app shows.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM :"app";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM :"app";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"app";

-- Append-only and hash-chained: insert, never update or delete.
GRANT INSERT ON decisions, audit_events TO :"app";
-- Each append moves its chain's head (one row per chain, locked while appending).
GRANT UPDATE ON ledger_heads TO :"app";
-- Signed checkpoints are appended; admins list and revoke public keys (docs/signed-log.md).
GRANT INSERT ON checkpoints TO :"app";
GRANT INSERT, UPDATE ON signing_keys TO :"app";

-- Claims are leases: taken, renewed, released, expired. Items change status when decided;
-- the import adds items and their media.
GRANT INSERT, UPDATE ON claims, items, media_assets TO :"app";

-- Care data: spans and check-ins are appended; breaks move from prompted to taken; the daily
-- rollup is kept by a trigger that runs with the inserting role's rights.
GRANT INSERT ON exposure_spans, checkins TO :"app";
GRANT INSERT, UPDATE ON breaks, exposure_daily TO :"app";

-- Administration from the workstation CLI (users, roles, queues, grants, shared settings). A
-- stricter site can give these to a separate admin role instead.
GRANT INSERT, UPDATE ON users, teams, queues, settings TO :"app";
GRANT INSERT, UPDATE, DELETE ON user_roles, queue_grants TO :"app";

-- Ids come from sequences.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";

-- alembic_version stays read-only (covered by SELECT above): the app can check that the schema
-- is not newer than it knows, but never migrate.
