-- A `public` instance accepts error reports: it may add them, and read back only the id it was given
-- (INSERT … RETURNING id), never another visitor's report or contact details.
GRANT INSERT ON error_report TO zfgs_public;
GRANT SELECT (id) ON error_report TO zfgs_public;
GRANT USAGE ON SEQUENCE error_report_id_seq TO zfgs_public;
