//! Rules for invitations: who may be invited, as what, how long a link lasts, and the status an admin reads.

pub use crate::common::upload::RefusedLine;
use crate::{
    accounts::domain::{DisplayName, Email, Role},
    common::field_error::FieldError,
    t,
};
use serde::{Deserialize, Serialize};

/// How long an invitation link stays valid, in days.
pub const INVITATION_DAYS: i64 = 14;

/// The most rows one CSV upload may hold.
pub const MAX_ROWS: usize = 10_000;

/// Invitations shown per page of the admin's list.
pub const INVITATIONS_PER_PAGE: u32 = 50;

/// Refused lines shown on the page after an upload (the count says how many more there were).
pub const REFUSALS_SHOWN: usize = 1_000;

/// Someone to invite: an address, perhaps a name to suggest, and the role they will have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitee {
    pub email: Email,
    pub name: Option<DisplayName>,
    pub role: Role,
}

impl Invitee {
    /// Checks one invitation as typed in the form or read from a CSV row. An empty name is left for the
    /// invitee to choose; an empty role means member.
    pub fn parse(email: &str, name: &str, role: &str) -> Result<Invitee, FieldError> {
        let email = Email::parse(email)?;
        let name = match name.trim() {
            "" => None,
            given => Some(DisplayName::parse(given)?),
        };
        Ok(Invitee { email, name, role: parse_role(role)? })
    }
}

/// A role as written in a form or a CSV cell: any case, empty for member.
pub fn parse_role(raw: &str) -> Result<Role, FieldError> {
    let cleaned = raw.trim().to_lowercase();
    if cleaned.is_empty() {
        return Ok(Role::Member);
    }
    Role::parse(&cleaned)
        .ok_or_else(|| FieldError::new("role", t!("invitations-role-invalid", role = format!("{:?}", raw.trim()))))
}

/// Where an invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InvitationStatus {
    /// Emailed; the link has not been opened yet.
    Sent,
    /// The link was opened, but no account was made yet.
    Opened,
    /// The invitee made their account.
    Joined,
    /// The link's time ran out before anyone joined with it.
    Expired,
    /// An admin withdrew it.
    Revoked,
}

impl InvitationStatus {
    pub const ALL: [InvitationStatus; 5] = [
        InvitationStatus::Sent,
        InvitationStatus::Opened,
        InvitationStatus::Joined,
        InvitationStatus::Expired,
        InvitationStatus::Revoked,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Sent => "sent",
            InvitationStatus::Opened => "opened",
            InvitationStatus::Joined => "joined",
            InvitationStatus::Expired => "expired",
            InvitationStatus::Revoked => "revoked",
        }
    }

    pub fn parse(raw: &str) -> Option<InvitationStatus> {
        InvitationStatus::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// What the admin reads, in the page's language.
    pub fn label(self) -> String {
        match self {
            InvitationStatus::Sent => t!("invitations-status-sent"),
            InvitationStatus::Opened => t!("invitations-status-opened"),
            InvitationStatus::Joined => t!("invitations-status-joined"),
            InvitationStatus::Expired => t!("invitations-status-expired"),
            InvitationStatus::Revoked => t!("invitations-status-revoked"),
        }
    }

    /// Whether the invitation can still be sent again (a joined or revoked one cannot).
    pub fn can_resend(self) -> bool {
        matches!(self, InvitationStatus::Sent | InvitationStatus::Opened | InvitationStatus::Expired)
    }

    /// Whether the invitation can still be withdrawn.
    pub fn can_revoke(self) -> bool {
        matches!(self, InvitationStatus::Sent | InvitationStatus::Opened | InvitationStatus::Expired)
    }
}

/// One invitation in the admin's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: i64,
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
    pub status: InvitationStatus,
    pub invited_by: String,
    pub sent_at: i64,
    pub sends: i64,
    pub expires_at: i64,
    /// The group it puts them in, by name.
    pub group: Option<String>,
}

/// What one upload did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchReport {
    pub id: i64,
    pub created_at: i64,
    pub rows_read: i64,
    pub invited: i64,
    /// The first [`REFUSALS_SHOWN`] refused lines.
    pub refused: Vec<RefusedLine>,
    pub refused_total: i64,
}

/// A page of the admin's list, with the count of each status and, after an upload, its report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationPage {
    pub rows: Vec<InvitationRow>,
    pub page: u32,
    pub pages: u32,
    pub counts: Vec<(InvitationStatus, i64)>,
    pub batch: Option<BatchReport>,
}

/// What the invitee sees before joining.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationOffer {
    pub email: String,
    pub display_name: Option<String>,
    pub role: Role,
    pub invited_by: String,
    pub expires_at: i64,
}

/// The message for a link that cannot be used, by the invitation's status.
pub fn unusable(status: Option<InvitationStatus>) -> String {
    match status {
        Some(InvitationStatus::Joined) => t!("invitations-used"),
        Some(InvitationStatus::Expired) => t!("invitations-expired"),
        Some(InvitationStatus::Revoked) => t!("invitations-withdrawn"),
        Some(InvitationStatus::Sent | InvitationStatus::Opened) | None => t!("invitations-link-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invitee_needs_an_address_and_may_come_without_a_name_or_role() {
        let i = Invitee::parse(" Ada@Example.com ", "", "").unwrap();
        assert_eq!(i.email.as_str(), "ada@example.com");
        assert_eq!(i.name, None);
        assert_eq!(i.role, Role::Member);
        let i = Invitee::parse("b@example.com", " Bea  Lee ", "Moderator").unwrap();
        assert_eq!(i.name.unwrap().as_str(), "Bea Lee");
        assert_eq!(i.role, Role::Moderator);
    }

    #[test]
    fn a_bad_address_or_role_is_refused_with_its_field() {
        assert_eq!(Invitee::parse("not-an-address", "", "").unwrap_err().field, "email");
        let e = Invitee::parse("a@example.com", "", "root").unwrap_err();
        assert_eq!(e.field, "role");
        assert!(e.message.contains("\"root\" is not a role"), "{}", e.message);
    }

    #[test]
    fn only_open_invitations_can_be_resent_or_revoked() {
        use InvitationStatus::*;
        for s in [Sent, Opened, Expired] {
            assert!(s.can_resend() && s.can_revoke(), "{s:?}");
        }
        for s in [Joined, Revoked] {
            assert!(!s.can_resend() && !s.can_revoke(), "{s:?}");
        }
        for s in InvitationStatus::ALL {
            assert_eq!(InvitationStatus::parse(s.as_str()), Some(s));
        }
    }
}
