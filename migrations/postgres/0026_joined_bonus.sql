-- A welcome bonus for every new member (issue 15), paid once when the address is confirmed or an invitation is
-- accepted, written to the ledger as a welcome bonus. Off until an admin turns it on at /admin/points.
INSERT INTO point_rules (rule, amount, daily_cap, enabled) VALUES ('joined', 25, NULL, 0);
