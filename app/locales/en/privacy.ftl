## Download your data (/me/data)

privacy-data-title = Download your data
privacy-data-intro = One file (JSON) with everything this community holds about you:
privacy-data-profile = your profile, handles you used before and your notification settings;
privacy-data-posts = every post you wrote, with earlier versions of edited ones, the topics you started, follow and liked;
privacy-data-stories = your stories and their review history;
privacy-data-points = your points ledger, badges, challenges, rewards you redeemed (with their codes) and referrals;
privacy-data-rest = your survey answers, notifications, the terms versions you accepted, the emails we sent you, and the pictures you uploaded (as links).
privacy-data-hint = You can download it five times an hour. Keep the file safe: reward codes in it can be used.
privacy-data-download = Download my data (JSON)
privacy-back-to-profile = Back to your profile

## Delete your account (/me/delete)

privacy-delete-title = Delete your account
privacy-delete-intro = Deleting your account cannot be undone. When you confirm:
privacy-delete-personal = your name, email address, picture, bio and links are erased, and you are signed out everywhere;
privacy-delete-stories = your stories are withdrawn from every public page and their text is erased;
privacy-delete-points = your points balance is forfeited and rewards still waiting to be sent are cancelled;
privacy-delete-referrals = referrals you made stay in the programme's figures, without anything that says who you are.
# "You may want to [download your data] first.": the words before the link, the link, the words after it.
privacy-delete-download-before = You may want to
privacy-delete-download = download your data
privacy-delete-download-after = {" "}first.
privacy-your-posts = Your posts in the forum
# The choice of what becomes of the posts, here and on the admin's page.
privacy-posts-keep = Keep them, shown as “Deleted member”
privacy-posts-remove-yours = Remove them (topics you started lose their title; replies by others stay)
privacy-password = Your password
privacy-password-missing = Enter your password.
privacy-confirm = I understand that my account is deleted for good.
privacy-delete-mine = Delete my account
privacy-keep-mine = Keep my account

## After deleting (/goodbye)

privacy-goodbye-title = Your account is deleted
privacy-goodbye-text = Everything that said who you were is erased, and you are signed out. Thank you for being part of the community.
privacy-goodbye-home = Go to the home page

## Delete a member's account (/admin/members/<id>/delete, admins)

privacy-admin-title = Delete a member's account
privacy-admin-already = This account is deleted.
privacy-back-to-members = Back to members
privacy-admin-what = Their personal data is erased, their stories withdrawn, their balance forfeited and their sessions end. This cannot be undone.
privacy-admin-is-admin = This member is an admin: give them another role first.
privacy-their-posts = Their posts in the forum
privacy-posts-remove = Remove them
privacy-reason = Reason (kept in the audit log)
privacy-admin-delete = Delete this account
# What was done, shown to the admin (and kept in English in the audit log). $by is admin or member, $posts is
# keep or remove.
privacy-deleted-summary = { $by ->
        [member] Deleted by the member
       *[admin] Reason: { $reason }
    }. Posts { $posts ->
        [keep] kept
       *[remove] removed
    }: { $removed } removed; { $stories ->
        [one] { $stories } story
       *[other] { $stories } stories
    } withdrawn; { $points ->
        [one] { $points } point
       *[other] { $points } points
    } forfeited; { $rewards ->
        [one] { $rewards } pending reward
       *[other] { $rewards } pending rewards
    } cancelled.

## Checks and server answers

privacy-confirm-missing = Tick the box to confirm that the deletion cannot be undone.
privacy-wrong-password = That password is not correct.
privacy-posts-missing = Choose whether the posts stay or are removed.
privacy-not-yourself = Delete your own account from your profile page, not here.
# The start of "… can be at most 300 characters."
privacy-what-reason = The reason
privacy-reason-missing = Say why the account is deleted (for the audit log).
privacy-admin-undeletable = An admin account cannot be deleted: give it another role first.
# The subject of "… was not found."
privacy-that-member = That member
privacy-that-account = That account
