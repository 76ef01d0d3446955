//! Private spaces in SQL: what is limited to a group (a category, a challenge, a reward, a survey) is seen
//! only by the group's members and by staff, who run and moderate it. Every query that lists or finds such a
//! thing for someone adds one of these conditions, so "not yours to see" and "not there" look the same.

/// The viewer key of staff, who see every space: what staff-only code binds.
pub const SEES_ALL: i64 = -1;

/// The viewer key a query binds: -1 for staff (moderators and admins see every space), the member's id, or 0
/// for a guest (who is in no group).
pub fn viewer_key(id: Option<i64>, staff: bool) -> i64 {
    match (id, staff) {
        (Some(_), true) => SEES_ALL,
        (Some(id), false) => id,
        (None, _) => 0,
    }
}

/// SQL that is true when the viewer whose [`viewer_key`] is bound at `key` (such as `$3`) may see a thing
/// limited to the group in column `col` (NULL: everyone's).
pub fn viewer_sees(col: &str, key: &str) -> String {
    format!(
        "({col} IS NULL OR {key} < 0 OR EXISTS (SELECT 1 FROM group_members gm_v \
         WHERE gm_v.group_id = {col} AND gm_v.user_id = {key}))"
    )
}

/// SQL that is true when the account whose id is the SQL expression `who` may see a thing limited to the group
/// in column `col`: for choosing whom to notify or email.
pub fn member_sees(col: &str, who: &str) -> String {
    format!(
        "({col} IS NULL OR EXISTS (SELECT 1 FROM group_members gm_m WHERE gm_m.group_id = {col} AND gm_m.user_id = {who}) \
         OR EXISTS (SELECT 1 FROM users su_m WHERE su_m.id = {who} AND su_m.role IN ('moderator', 'admin')))"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_see_everything_guests_nothing_private_members_their_own() {
        assert_eq!(viewer_key(Some(7), true), -1);
        assert_eq!(viewer_key(Some(7), false), 7);
        assert_eq!(viewer_key(None, false), 0);
        assert_eq!(viewer_key(None, true), 0);
        let sql = viewer_sees("c.group_id", "$2");
        assert!(sql.starts_with("(c.group_id IS NULL OR $2 < 0"), "{sql}");
        assert!(member_sees("c.group_id", "f.user_id").contains("gm_m.user_id = f.user_id"));
    }
}
