//! What a group is, how it is joined, and the admins' form for it.

use crate::{common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

pub const GROUP_NAME_MAX: usize = 60;
pub const GROUP_SLUG_MAX: usize = 40;
pub const GROUP_DESCRIPTION_MAX: usize = 300;
/// Members listed per page of a group.
pub const MEMBERS_PER_PAGE: u32 = 100;
/// At most this many people are added from one paste or file.
pub const ADD_MAX: usize = 10_000;

/// Who sees that the group exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Visibility {
    /// Listed to every member at /groups.
    Visible,
    /// Known only to its members and the admins (a customer advisory board).
    Hidden,
}

impl Visibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Visible => "visible",
            Visibility::Hidden => "hidden",
        }
    }

    pub fn parse(raw: &str) -> Option<Visibility> {
        [Visibility::Visible, Visibility::Hidden].into_iter().find(|v| v.as_str() == raw)
    }
}

/// How a member gets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Joining {
    /// Any member joins (and leaves) with a button.
    Open,
    /// A member asks; an admin approves.
    Request,
    /// Only admins add people (by hand, a CSV, an invitation or a rule).
    Admins,
}

impl Joining {
    pub fn as_str(self) -> &'static str {
        match self {
            Joining::Open => "open",
            Joining::Request => "request",
            Joining::Admins => "admins",
        }
    }

    pub fn parse(raw: &str) -> Option<Joining> {
        [Joining::Open, Joining::Request, Joining::Admins].into_iter().find(|j| j.as_str() == raw)
    }

    pub fn label(self) -> String {
        match self {
            Joining::Open => t!("groups-joining-open"),
            Joining::Request => t!("groups-joining-request"),
            Joining::Admins => t!("groups-joining-admins"),
        }
    }
}

/// How a member came to be in a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum How {
    Admin,
    Joined,
    Request,
    Invitation,
    Domain,
    Level,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Admin => "admin",
            How::Joined => "joined",
            How::Request => "request",
            How::Invitation => "invitation",
            How::Domain => "domain",
            How::Level => "level",
        }
    }

    pub fn parse(raw: &str) -> Option<How> {
        [How::Admin, How::Joined, How::Request, How::Invitation, How::Domain, How::Level]
            .into_iter()
            .find(|h| h.as_str() == raw)
    }

    pub fn label(self) -> String {
        match self {
            How::Admin => t!("groups-how-admin"),
            How::Joined => t!("groups-how-joined"),
            How::Request => t!("groups-how-request"),
            How::Invitation => t!("groups-how-invitation"),
            How::Domain => t!("groups-how-domain"),
            How::Level => t!("groups-how-level"),
        }
    }

    /// A rule put them in: they leave when it stops matching, and cannot be removed by hand.
    pub fn automatic(self) -> bool {
        matches!(self, How::Domain | How::Level)
    }
}

/// A group as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub joining: Joining,
    pub member_count: i64,
    /// The viewer is a member.
    pub mine: bool,
    /// The viewer asked to join and waits.
    pub requested: bool,
}

/// A group as a form's list of choices offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupChoice {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// A group's rules, for the admins' form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRules {
    pub domains: Vec<String>,
    pub auto_level_id: Option<i64>,
}

/// One member of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupMember {
    pub user_id: i64,
    pub display_name: String,
    pub handle: String,
    pub how: How,
    pub added_at: i64,
}

/// Someone waiting to join.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRequest {
    pub user_id: i64,
    pub display_name: String,
    pub handle: String,
    pub created_at: i64,
}

/// A level a rule can name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelChoice {
    pub id: i64,
    pub name: String,
    pub threshold: i64,
}

/// A group's page: what everyone who may see it sees, and for admins its members, requests and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupPage {
    pub group: GroupSummary,
    /// The spaces (categories) limited to the group, by name and address.
    pub spaces: Vec<(String, String)>,
    pub members: Vec<GroupMember>,
    pub page: u32,
    pub last_page: u32,
    pub requests: Vec<GroupRequest>,
    pub rules: GroupRules,
    pub levels: Vec<LevelChoice>,
    pub admin: bool,
}

/// What adding many people did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddReport {
    pub added: u64,
    pub already: u64,
    /// Entries that name no member (an address or handle nobody has), as written.
    pub unknown: Vec<String>,
}

/// The admins' form as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupInput {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: String,
    pub joining: String,
}

/// A checked group form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSpec {
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub joining: Joining,
}

impl GroupInput {
    /// Checks every field; the first problem is named with its field.
    pub fn parse(&self) -> Result<GroupSpec, FieldError> {
        let slug = self.slug.trim().to_lowercase();
        if slug.is_empty() {
            return Err(FieldError::new("slug", t!("groups-slug-missing")));
        }
        if slug.chars().count() > GROUP_SLUG_MAX {
            return Err(FieldError::new("slug", t!("groups-slug-too-long", max = GROUP_SLUG_MAX)));
        }
        let well_formed = slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !slug.starts_with('-')
            && !slug.ends_with('-')
            && !slug.contains("--");
        if !well_formed {
            return Err(FieldError::new("slug", t!("groups-slug-malformed")));
        }
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(FieldError::new("name", t!("groups-name-missing")));
        }
        if name.chars().count() > GROUP_NAME_MAX {
            return Err(FieldError::new("name", t!("groups-name-too-long", max = GROUP_NAME_MAX)));
        }
        let description = self.description.trim().to_string();
        if description.chars().count() > GROUP_DESCRIPTION_MAX {
            return Err(FieldError::new("description", t!("groups-description-too-long", max = GROUP_DESCRIPTION_MAX)));
        }
        if name.chars().chain(description.chars()).any(|c| c.is_control() && c != '\n' && c != '\r') {
            return Err(FieldError::new("description", t!("groups-control-characters")));
        }
        let visibility = Visibility::parse(self.visibility.trim()).ok_or_else(|| {
            FieldError::new("visibility", t!("groups-visibility-unknown", value = format!("{:?}", self.visibility)))
        })?;
        let joining = Joining::parse(self.joining.trim()).ok_or_else(|| {
            FieldError::new("joining", t!("groups-joining-unknown", value = format!("{:?}", self.joining)))
        })?;
        if visibility == Visibility::Hidden && joining != Joining::Admins {
            return Err(FieldError::new("joining", t!("groups-hidden-needs-admins")));
        }
        Ok(GroupSpec { slug, name, description, visibility, joining })
    }
}

impl GroupRules {
    /// The rules form as sent: email domains one per line (or separated by commas or spaces), and a level's
    /// id or empty for no level rule. Each problem is named with its field.
    pub fn parse(domains: &str, level: &str) -> Result<GroupRules, FieldError> {
        let domains = crate::site::join_policy::parse_domains(domains)?;
        let level = level.trim();
        let auto_level_id = if level.is_empty() {
            None
        } else {
            let unknown = || FieldError::new("level", t!("groups-level-unknown", value = format!("{level:?}")));
            Some(level.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(unknown)?)
        };
        Ok(GroupRules { domains, auto_level_id })
    }
}

/// The people named in a paste or a CSV: each line's first field that is an address or a handle (`@` optional).
/// A header row ("email", "handle") is skipped; blank lines too.
pub fn people_in(text: &str) -> Result<Vec<String>, FieldError> {
    let mut people: Vec<String> = Vec::new();
    for line in text.lines() {
        let first = line.split([',', ';', '\t']).map(|f| f.trim().trim_matches('"').trim()).find(|f| !f.is_empty());
        let Some(first) = first else { continue };
        let lower = first.to_lowercase();
        if matches!(lower.as_str(), "email" | "e-mail" | "handle" | "email address" | "member") {
            continue;
        }
        let entry = if lower.contains('@') && !lower.starts_with('@') {
            lower
        } else {
            lower.trim_start_matches('@').to_string()
        };
        if !people.contains(&entry) {
            people.push(entry);
        }
    }
    if people.is_empty() {
        return Err(FieldError::new("people", t!("groups-people-missing")));
    }
    if people.len() > ADD_MAX {
        return Err(FieldError::new(
            "people",
            t!("groups-people-too-many", max = ADD_MAX.to_string(), count = people.len()),
        ));
    }
    Ok(people)
}

#[cfg(test)]
#[path = "domain_tests.rs"]
mod tests;
