-- Referral rewards wait a week by default, so an admin can look at a burst of sign-ups before anyone is paid.
-- Only a programme that never saved its referral settings moves; one that chose "no hold" keeps it.
UPDATE referral_settings SET hold_days = 7 WHERE id = 1 AND hold_days = 0 AND updated_at = 0;
