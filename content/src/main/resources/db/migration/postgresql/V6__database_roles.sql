-- Database roles (PostgreSQL only). Flyway runs as the schema owner; the application connects as zfgs_app, and an
-- instance in the `public` deployment mode as zfgs_public. Set their passwords outside migrations:
--   ALTER ROLE zfgs_app PASSWORD '…';  ALTER ROLE zfgs_public PASSWORD '…';
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zfgs_app') THEN
        CREATE ROLE zfgs_app LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zfgs_public') THEN
        CREATE ROLE zfgs_public LOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO zfgs_app, zfgs_public;

-- The application may read and write everything it owns the data of, now and in later migrations ...
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO zfgs_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO zfgs_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zfgs_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO zfgs_app;

-- ... except that the full-process record is append-only, and the migrations' own history is not its business.
REVOKE UPDATE, DELETE, TRUNCATE ON record_entry FROM zfgs_app;
REVOKE ALL ON flyway_schema_history FROM zfgs_app;

-- The public role reads the published model and the publication log, and nothing else. No default privileges:
-- a new table is public only when a migration grants it here.
GRANT SELECT ON pub_agency, pub_officer, pub_enforcement_item, pub_service_guide, pub_flowchart, pub_rights_notice,
    pub_discretion_benchmark, pub_decision, pub_inspection_result, pub_tombstone, publication_log,
    publication_log_head TO zfgs_public;
