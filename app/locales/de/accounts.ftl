## accounts
