//! Rules for managing members.

use crate::{
    accounts::domain::{CurrentUser, Restriction, RestrictionKind, Role},
    common::field_error::FieldError,
    t,
};
use serde::{Deserialize, Serialize};
use std::fmt;

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
    /// Spendable points, and points ever earned (the level comes from these).
    pub balance: i64,
    pub lifetime: i64,
    pub level: String,
    pub last_seen_at: Option<i64>,
    /// Until when a suspension or silence in force lasts.
    pub suspended_until: Option<i64>,
    pub silenced_until: Option<i64>,
    /// The groups the member belongs to, by name.
    pub groups: Vec<String>,
    /// The member's latest NPS score (0-10), if they ever answered.
    pub nps: Option<i64>,
    /// Who referred them: name and handle.
    pub referred_by: Option<(String, String)>,
}

impl MemberSummary {
    /// Where the account stands, the strongest state first: deleted, removed as spam, suspended, silenced,
    /// unconfirmed, active. The same words as the list's status filter.
    pub fn status(&self) -> crate::admin::filter::MemberStatus {
        use crate::admin::filter::MemberStatus;
        if self.deleted {
            MemberStatus::Deleted
        } else if self.removed {
            MemberStatus::Removed
        } else if self.suspended_until.is_some() {
            MemberStatus::Suspended
        } else if self.silenced_until.is_some() {
            MemberStatus::Silenced
        } else if !self.verified {
            MemberStatus::Unconfirmed
        } else {
            MemberStatus::Active
        }
    }
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
    /// The audit log's line about the removal (stored, so always in English; the admin reads [`Self::said`]).
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

    /// The sentence an admin reads after the removal, in the page's language.
    pub fn said(&self) -> String {
        let posts = t!("admin-spam-posts", count = self.posts_hidden);
        match self.referral_points {
            0 => t!("admin-spam-removed", posts = posts),
            n => t!("admin-spam-removed-points", posts = posts, points = n),
        }
    }
}

/// The audit log's line after reinstating an account that had `shown` posts hidden by its removal (stored, so
/// always in English; the admin reads [`reinstated_said`]).
pub fn reinstated(shown: i64) -> String {
    match shown {
        0 => "Reinstated; no posts to show again.".to_string(),
        1 => "Reinstated; 1 post shown again with its points.".to_string(),
        n => format!("Reinstated; {n} posts shown again with their points."),
    }
}

/// The sentence an admin reads after reinstating an account, in the page's language.
pub fn reinstated_said(shown: i64) -> String {
    t!("admin-reinstated", count = shown)
}

/// A page of the members a filter finds, how many it finds, and the levels to filter by.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub members: Vec<MemberSummary>,
    pub page: u32,
    pub total: i64,
    pub filter: super::filter::MemberFilter,
    /// Every level, by id and name, lowest first.
    pub levels: Vec<(i64, String)>,
    /// Every group, by id and name, to filter by.
    pub groups: Vec<(i64, String)>,
}

impl MemberPage {
    pub fn last_page(&self) -> u32 {
        u32::try_from((self.total.max(1) - 1) / i64::from(MEMBERS_PER_PAGE) + 1).unwrap_or(u32::MAX)
    }
}

/// Why a role change is not allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleChangeError {
    OwnRole,
    UnknownRole(String),
}

impl fmt::Display for RoleChangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            RoleChangeError::OwnRole => t!("admin-role-own"),
            RoleChangeError::UnknownRole(raw) => t!("admin-role-unknown", value = format!("{raw:?}")),
        })
    }
}

impl std::error::Error for RoleChangeError {}

/// Checks that `actor` may give `target_id` the role named `role`, and returns that role.
pub fn check_role_change(actor: &CurrentUser, target_id: i64, role: &str) -> Result<Role, RoleChangeError> {
    let role = Role::parse(role).ok_or_else(|| RoleChangeError::UnknownRole(role.to_string()))?;
    if actor.id == target_id {
        return Err(RoleChangeError::OwnRole);
    }
    Ok(role)
}

/// The periods staff choose from when they suspend or silence someone, in days.
pub const PERIODS: [u32; 8] = [1, 3, 7, 14, 30, 90, 180, 365];

/// How the form names one of the [`PERIODS`]: "3 days", "2 weeks", "1 year".
pub fn period_label(days: u32) -> String {
    match days {
        7 | 14 => t!("admin-period-weeks", count = days / 7),
        365 => t!("admin-period-year"),
        _ => t!("admin-period-days", count = days),
    }
}

/// The longest reason a restricted member is shown.
pub const REASON_MAX: usize = 500;

/// A suspension or silence that passed the checks: what, until when, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestrictionOrder {
    pub kind: RestrictionKind,
    pub until: i64,
    pub reason: String,
}

/// Checks that `actor` may restrict a member whose role is `target_role` (`target_id`), for `days` from
/// `now`, giving `reason`. Nobody restricts themselves; staff restrict only roles below their own (a moderator
/// the members, an admin the moderators and members: an admin is given another role first, so the last admin
/// can never be locked out).
pub fn check_restriction(
    actor: &CurrentUser,
    target_id: i64,
    target_role: Role,
    kind: &str,
    days: u32,
    reason: &str,
    now: i64,
) -> Result<RestrictionOrder, FieldError> {
    let kind = RestrictionKind::parse(kind)
        .ok_or_else(|| FieldError::new("kind", t!("admin-restrict-unknown", value = format!("{kind:?}"))))?;
    let suspend = kind == RestrictionKind::Suspend;
    if actor.id == target_id {
        let message = if suspend { t!("admin-restrict-self-suspend") } else { t!("admin-restrict-self-silence") };
        return Err(FieldError::new("user_id", message));
    }
    if target_role >= actor.role {
        let role = target_role.as_str();
        let message = match (target_role, suspend) {
            (Role::Admin, true) => t!("admin-restrict-admin-suspend"),
            (Role::Admin, false) => t!("admin-restrict-admin-silence"),
            (_, true) => t!("admin-restrict-only-admin-suspend", role = role),
            (_, false) => t!("admin-restrict-only-admin-silence", role = role),
        };
        return Err(FieldError::new("user_id", message));
    }
    if !PERIODS.contains(&days) {
        return Err(FieldError::new("days", t!("admin-restrict-period")));
    }
    let reason = reason.trim().replace("\r\n", "\n");
    if reason.is_empty() {
        return Err(FieldError::new("reason", t!("admin-restrict-reason-missing")));
    }
    if reason.chars().count() > REASON_MAX {
        return Err(FieldError::new("reason", t!("admin-restrict-reason-too-long", max = REASON_MAX)));
    }
    if reason.chars().any(|c| c.is_control() && c != '\n') {
        return Err(FieldError::new("reason", t!("admin-restrict-reason-control")));
    }
    Ok(RestrictionOrder { kind, until: now + i64::from(days) * 86_400, reason })
}

/// A member's standing, as the staff's page about them shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    pub id: i64,
    pub display_name: String,
    pub handle: String,
    pub role: Role,
    pub created_at: i64,
    pub suspended: Option<Restriction>,
    pub silenced: Option<Restriction>,
    pub removed: bool,
    pub deleted: bool,
    /// Whether the viewer may restrict this member (their role is below the viewer's, and it is not them).
    pub can_restrict: bool,
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
            second_factor_due: false,
            language: None,
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

    fn staff(id: i64, role: Role) -> CurrentUser {
        CurrentUser { role, ..admin(id) }
    }

    #[test]
    fn staff_restrict_only_roles_below_their_own_and_never_themselves() {
        let day = 86_400;
        let ok =
            check_restriction(&staff(1, Role::Moderator), 2, Role::Member, "silence", 3, " Spam links ", 100).unwrap();
        assert_eq!(
            ok,
            RestrictionOrder { kind: RestrictionKind::Silence, until: 100 + 3 * day, reason: "Spam links".into() }
        );
        let refuse = |actor: &CurrentUser, target: i64, role: Role| {
            check_restriction(actor, target, role, "suspend", 7, "Abuse", 0).unwrap_err().message
        };
        assert_eq!(refuse(&staff(1, Role::Moderator), 1, Role::Moderator), "You cannot suspend yourself.");
        assert_eq!(refuse(&staff(1, Role::Admin), 1, Role::Admin), "You cannot suspend yourself.");
        assert_eq!(
            refuse(&staff(1, Role::Moderator), 2, Role::Admin),
            "An admin cannot be suspended: give them another role first."
        );
        assert_eq!(
            refuse(&staff(1, Role::Admin), 2, Role::Admin),
            "An admin cannot be suspended: give them another role first."
        );
        assert_eq!(refuse(&staff(1, Role::Moderator), 2, Role::Moderator), "Only an admin can suspend a moderator.");
        assert!(check_restriction(&staff(1, Role::Admin), 2, Role::Moderator, "suspend", 7, "Abuse", 0).is_ok());
    }

    #[test]
    fn a_restriction_needs_a_known_kind_an_offered_period_and_a_reason() {
        let actor = staff(1, Role::Admin);
        let field = |kind: &str, days: u32, reason: &str| {
            check_restriction(&actor, 2, Role::Member, kind, days, reason, 0).unwrap_err().field
        };
        assert_eq!(field("ban", 7, "x"), "kind");
        assert_eq!(field("suspend", 0, "x"), "days");
        assert_eq!(field("suspend", 5, "x"), "days");
        assert_eq!(field("suspend", 7, "  "), "reason");
        assert_eq!(field("suspend", 7, &"x".repeat(501)), "reason");
    }

    #[test]
    fn the_last_page_counts_partial_pages() {
        let page = |total| {
            MemberPage { members: vec![], page: 1, total, filter: Default::default(), levels: vec![], groups: vec![] }
                .last_page()
        };
        assert_eq!(page(0), 1);
        assert_eq!(page(50), 1);
        assert_eq!(page(51), 2);
    }
}
