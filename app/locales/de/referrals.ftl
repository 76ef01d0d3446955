## referrals
