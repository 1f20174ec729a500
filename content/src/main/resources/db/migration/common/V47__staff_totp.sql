-- 动态口令 (TOTP) second factor of staff accounts. Secrets live only in staff_account, which the public database role
-- cannot read; totp_last_step is the step of the last code accepted, so that no code is accepted twice.
ALTER TABLE staff_account ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_pending_secret VARCHAR(64);
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT;

-- A session whose password was right but whose code is still awaited: it opens nothing but the code page.
ALTER TABLE staff_session ADD COLUMN awaiting_code BOOLEAN DEFAULT FALSE NOT NULL;
