//! Rules for managing members.

use crate::accounts::domain::{CurrentUser, Role};
use serde::{Deserialize, Serialize};

/// Members shown per page of the member list.
pub const MEMBERS_PER_PAGE: u32 = 50;

/// One row of the member list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberSummary {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub handle: String,
    /// The member's picture (a media hash), or `None` for their initials.
    pub avatar: Option<String>,
    pub role: Role,
    pub created_at: i64,
    /// Removed as spam: cannot sign in, and any referral rewards made for the account were taken back.
    pub removed: bool,
    /// Deleted (by the member or an admin): nothing personal is left, and it cannot come back.
    pub deleted: bool,
    /// The member confirmed their address (or an admin did).
    pub verified: bool,
}

/// What removing an account as spam did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpamRemoval {
    /// Its visible posts, now hidden with the reason "Removed as spam".
    pub posts_hidden: i64,
    /// Referral points taken back: the referrer's reward and the account's welcome bonus.
    pub referral_points: i64,
}

impl SpamRemoval {
    /// The sentence an admin reads after the removal.
    pub fn summary(&self) -> String {
        let posts = match self.posts_hidden {
            0 => "no posts to hide".to_string(),
            1 => "1 post hidden".to_string(),
            n => format!("{n} posts hidden"),
        };
        match self.referral_points {
            0 => format!("Removed; {posts}."),
            n => format!("Removed; {posts}, {n} referral points taken back."),
        }
    }
}

/// The sentence an admin reads after reinstating an account that had `shown` posts hidden by its removal.
pub fn reinstated(shown: i64) -> String {
    match shown {
        0 => "Reinstated; no posts to show again.".to_string(),
        1 => "Reinstated; 1 post shown again with its points.".to_string(),
        n => format!("Reinstated; {n} posts shown again with their points."),
    }
}

/// A page of members, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub members: Vec<MemberSummary>,
    pub page: u32,
    pub total: i64,
}

impl MemberPage {
    pub fn last_page(&self) -> u32 {
        u32::try_from((self.total.max(1) - 1) / i64::from(MEMBERS_PER_PAGE) + 1).unwrap_or(u32::MAX)
    }
}

/// Why a role change is not allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleChangeError {
    #[error("You cannot change your own role; ask another admin. This keeps at least one admin in charge.")]
    OwnRole,
    #[error("{0:?} is not a role; choose member, moderator or admin.")]
    UnknownRole(String),
}

/// Checks that `actor` may give `target_id` the role named `role`, and returns that role.
pub fn check_role_change(actor: &CurrentUser, target_id: i64, role: &str) -> Result<Role, RoleChangeError> {
    let role = Role::parse(role).ok_or_else(|| RoleChangeError::UnknownRole(role.to_string()))?;
    if actor.id == target_id {
        return Err(RoleChangeError::OwnRole);
    }
    Ok(role)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spam_removal_says_what_it_hid_and_took_back() {
        let said = |posts_hidden, referral_points| SpamRemoval { posts_hidden, referral_points }.summary();
        assert_eq!(said(0, 0), "Removed; no posts to hide.");
        assert_eq!(said(1, 0), "Removed; 1 post hidden.");
        assert_eq!(said(3, 250), "Removed; 3 posts hidden, 250 referral points taken back.");
    }

    fn admin(id: i64) -> CurrentUser {
        CurrentUser {
            id,
            email: "a@example.com".into(),
            display_name: "A".into(),
            role: Role::Admin,
            created_at: 0,
            verified: true,
        }
    }

    #[test]
    fn an_admin_can_make_someone_else_a_moderator() {
        assert_eq!(check_role_change(&admin(1), 2, "moderator"), Ok(Role::Moderator));
    }

    #[test]
    fn an_admin_cannot_change_their_own_role() {
        assert_eq!(check_role_change(&admin(1), 1, "member"), Err(RoleChangeError::OwnRole));
    }

    #[test]
    fn an_unknown_role_is_named_in_the_refusal() {
        let e = check_role_change(&admin(1), 2, "root").unwrap_err();
        assert!(e.to_string().contains("\"root\" is not a role"));
    }

    #[test]
    fn the_last_page_counts_partial_pages() {
        let page = |total| MemberPage { members: vec![], page: 1, total }.last_page();
        assert_eq!(page(0), 1);
        assert_eq!(page(50), 1);
        assert_eq!(page(51), 2);
    }
}
