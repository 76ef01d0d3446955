//! The member list's search, filters and order, as the admin's form and the CSV link send them: checked once,
//! then turned into fixed SQL fragments with numbered placeholders (never the admin's text in the SQL).

use crate::{accounts::domain::Role, common::field_error::FieldError, t};
use serde::{Deserialize, Serialize};

/// The longest search text.
pub const SEARCH_MAX: usize = 100;

/// Where an account stands, for the status filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemberStatus {
    /// Can sign in and post.
    Active,
    /// Has not confirmed their address.
    Unconfirmed,
    Suspended,
    Silenced,
    /// Removed as spam.
    Removed,
    Deleted,
}

impl MemberStatus {
    pub const ALL: [MemberStatus; 6] = [
        MemberStatus::Active,
        MemberStatus::Unconfirmed,
        MemberStatus::Suspended,
        MemberStatus::Silenced,
        MemberStatus::Removed,
        MemberStatus::Deleted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Active => "active",
            MemberStatus::Unconfirmed => "unconfirmed",
            MemberStatus::Suspended => "suspended",
            MemberStatus::Silenced => "silenced",
            MemberStatus::Removed => "removed",
            MemberStatus::Deleted => "deleted",
        }
    }

    pub fn label(self) -> String {
        match self {
            MemberStatus::Active => t!("admin-status-active"),
            MemberStatus::Unconfirmed => t!("admin-status-unconfirmed"),
            MemberStatus::Suspended => t!("admin-status-suspended"),
            MemberStatus::Silenced => t!("admin-status-silenced"),
            MemberStatus::Removed => t!("admin-status-removed"),
            MemberStatus::Deleted => t!("admin-status-deleted"),
        }
    }

    /// The condition, with `$now` where the time goes.
    pub fn sql(self) -> &'static str {
        match self {
            MemberStatus::Active => {
                "u.removed_at IS NULL AND u.email_verified_at IS NOT NULL
                 AND (u.suspended_until IS NULL OR u.suspended_until <= $now)
                 AND (u.silenced_until IS NULL OR u.silenced_until <= $now)"
            }
            MemberStatus::Unconfirmed => "u.removed_at IS NULL AND u.email_verified_at IS NULL",
            MemberStatus::Suspended => "u.removed_at IS NULL AND u.suspended_until > $now",
            MemberStatus::Silenced => "u.removed_at IS NULL AND u.silenced_until > $now",
            MemberStatus::Removed => "u.removed_at IS NOT NULL AND u.deleted_at IS NULL",
            MemberStatus::Deleted => "u.deleted_at IS NOT NULL",
        }
    }
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum MemberSort {
    #[default]
    Newest,
    Oldest,
    Name,
    /// Most lifetime points first.
    Points,
    /// Most recently seen first (never seen last).
    LastSeen,
}

impl MemberSort {
    pub const ALL: [MemberSort; 5] =
        [MemberSort::Newest, MemberSort::Oldest, MemberSort::Name, MemberSort::Points, MemberSort::LastSeen];

    pub fn as_str(self) -> &'static str {
        match self {
            MemberSort::Newest => "newest",
            MemberSort::Oldest => "oldest",
            MemberSort::Name => "name",
            MemberSort::Points => "points",
            MemberSort::LastSeen => "seen",
        }
    }

    pub fn label(self) -> String {
        match self {
            MemberSort::Newest => t!("admin-sort-newest"),
            MemberSort::Oldest => t!("admin-sort-oldest"),
            MemberSort::Name => t!("admin-sort-name"),
            MemberSort::Points => t!("admin-sort-points"),
            MemberSort::LastSeen => t!("admin-sort-seen"),
        }
    }

    /// The ORDER BY clause; the id breaks ties, so paging never repeats or skips a row.
    pub fn sql(self) -> &'static str {
        match self {
            MemberSort::Newest => "u.id DESC",
            MemberSort::Oldest => "u.id",
            MemberSort::Name => "LOWER(u.display_name), u.id",
            MemberSort::Points => "COALESCE(a.lifetime, 0) DESC, u.id DESC",
            MemberSort::LastSeen => "u.last_seen_at DESC NULLS LAST, u.id DESC",
        }
    }
}

/// A member's group by their latest answer to an NPS survey (0-6 detractor, 7-8 passive, 9-10 promoter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NpsGroup {
    Promoter,
    Passive,
    Detractor,
    /// Never answered (a dismissal is not an answer).
    Unanswered,
}

impl NpsGroup {
    pub const ALL: [NpsGroup; 4] = [NpsGroup::Promoter, NpsGroup::Passive, NpsGroup::Detractor, NpsGroup::Unanswered];

    /// The group of a latest score; `None` for no answer.
    pub fn of(score: Option<i64>) -> NpsGroup {
        match score {
            Some(9..) => NpsGroup::Promoter,
            Some(7..=8) => NpsGroup::Passive,
            Some(_) => NpsGroup::Detractor,
            None => NpsGroup::Unanswered,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            NpsGroup::Promoter => "promoter",
            NpsGroup::Passive => "passive",
            NpsGroup::Detractor => "detractor",
            NpsGroup::Unanswered => "unanswered",
        }
    }

    pub fn label(self) -> String {
        match self {
            NpsGroup::Promoter => t!("admin-nps-promoter"),
            NpsGroup::Passive => t!("admin-nps-passive"),
            NpsGroup::Detractor => t!("admin-nps-detractor"),
            NpsGroup::Unanswered => t!("admin-nps-unanswered"),
        }
    }

    /// The group's name alone, as a list cell shows it after the score: "9 · promoter".
    pub fn name(self) -> String {
        match self {
            NpsGroup::Promoter => t!("admin-nps-promoter-name"),
            NpsGroup::Passive => t!("admin-nps-passive-name"),
            NpsGroup::Detractor => t!("admin-nps-detractor-name"),
            NpsGroup::Unanswered => t!("admin-nps-unanswered"),
        }
    }

    /// The condition on the member's latest answered score (kept on the account as `nps_score`).
    pub fn sql(self) -> &'static str {
        match self {
            NpsGroup::Promoter => "u.nps_score >= 9",
            NpsGroup::Passive => "u.nps_score BETWEEN 7 AND 8",
            NpsGroup::Detractor => "u.nps_score <= 6",
            NpsGroup::Unanswered => "u.nps_score IS NULL",
        }
    }
}

/// The search as the member list's form, its links and the CSV link send it: every field text, empty for "any".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembersQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub level: String,
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub nps: String,
    #[serde(default)]
    pub sort: String,
}

/// A checked search: text in name, email or handle; a role; a status; a level and a group (by id); an NPS
/// group; an order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberFilter {
    /// Lower-cased, trimmed; empty for everyone.
    pub q: String,
    pub role: Option<Role>,
    pub status: Option<MemberStatus>,
    pub level: Option<i64>,
    pub group: Option<i64>,
    pub nps: Option<NpsGroup>,
    pub sort: MemberSort,
}

impl MemberFilter {
    /// Checks what the form sent; an empty value means "any". The first problem is named with its field.
    pub fn parse(query: &MembersQuery) -> Result<MemberFilter, FieldError> {
        let MembersQuery { q, role, status, level, group, nps, sort } = query;
        let q = q.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if q.chars().count() > SEARCH_MAX {
            return Err(FieldError::new("q", t!("admin-search-too-long", max = SEARCH_MAX)));
        }
        if q.chars().any(char::is_control) {
            return Err(FieldError::new("q", t!("admin-search-control")));
        }
        let role = match role.trim() {
            "" => None,
            raw => Some(
                Role::parse(raw)
                    .ok_or_else(|| FieldError::new("role", t!("admin-role-unknown", value = format!("{raw:?}"))))?,
            ),
        };
        let status =
            match status.trim() {
                "" => None,
                raw => Some(MemberStatus::ALL.into_iter().find(|s| s.as_str() == raw).ok_or_else(|| {
                    FieldError::new("status", t!("admin-filter-bad-status", value = format!("{raw:?}")))
                })?),
            };
        // `refusal` words the problem from the value as sent.
        let id = |field: &'static str, raw: &str, refusal: fn(String) -> String| -> Result<Option<i64>, FieldError> {
            match raw.trim() {
                "" => Ok(None),
                raw => raw
                    .parse::<i64>()
                    .ok()
                    .filter(|id| *id > 0)
                    .map(Some)
                    .ok_or_else(|| FieldError::new(field, refusal(format!("{raw:?}")))),
            }
        };
        let level = id("level", level, |value| t!("admin-filter-bad-level", value = value))?;
        let group = id("group", group, |value| t!("admin-filter-bad-group", value = value))?;
        let nps = match nps.trim() {
            "" => None,
            raw => Some(
                NpsGroup::ALL
                    .into_iter()
                    .find(|g| g.as_str() == raw)
                    .ok_or_else(|| FieldError::new("nps", t!("admin-filter-bad-nps", value = format!("{raw:?}"))))?,
            ),
        };
        let sort = match sort.trim() {
            "" => MemberSort::default(),
            raw => MemberSort::ALL
                .into_iter()
                .find(|s| s.as_str() == raw)
                .ok_or_else(|| FieldError::new("sort", t!("admin-filter-bad-sort", value = format!("{raw:?}"))))?,
        };
        Ok(MemberFilter { q, role, status, level, group, nps, sort })
    }

    /// The query string that asks for this filter again (for the pager and the CSV link), without `page`.
    pub fn query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", urlencoding(&self.q)));
        }
        if let Some(r) = self.role {
            parts.push(format!("role={}", r.as_str()));
        }
        if let Some(s) = self.status {
            parts.push(format!("status={}", s.as_str()));
        }
        if let Some(l) = self.level {
            parts.push(format!("level={l}"));
        }
        if let Some(g) = self.group {
            parts.push(format!("group={g}"));
        }
        if let Some(n) = self.nps {
            parts.push(format!("nps={}", n.as_str()));
        }
        if self.sort != MemberSort::default() {
            parts.push(format!("sort={}", self.sort.as_str()));
        }
        parts.join("&")
    }

    /// Whether anything narrows the list.
    pub fn narrows(&self) -> bool {
        !self.q.is_empty()
            || self.role.is_some()
            || self.status.is_some()
            || self.level.is_some()
            || self.group.is_some()
            || self.nps.is_some()
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn urlencoding(raw: &str) -> String {
    raw.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The search text as a LIKE pattern that finds it anywhere: `%`, `_` and `\` match themselves.
pub fn like_pattern(q: &str) -> String {
    let escaped = q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filter_is_checked_and_written_back_as_its_query() {
        let text = |s: &str| s.to_string();
        let query = MembersQuery {
            q: text("  Ada   O "),
            role: text("moderator"),
            status: text("silenced"),
            level: text("3"),
            group: text("7"),
            nps: text("detractor"),
            sort: text("points"),
        };
        let f = MemberFilter::parse(&query).unwrap();
        assert_eq!(f.q, "ada o");
        assert_eq!((f.group, f.nps), (Some(7), Some(NpsGroup::Detractor)));
        assert_eq!(
            f.query_string(),
            "q=ada%20o&role=moderator&status=silenced&level=3&group=7&nps=detractor&sort=points"
        );
        assert!(f.narrows());
        let any = MemberFilter::parse(&MembersQuery::default()).unwrap();
        assert_eq!(any, MemberFilter::default());
        assert_eq!(any.query_string(), "");
        assert!(!any.narrows());
    }

    #[test]
    fn a_bad_filter_names_its_field() {
        let field = |set: fn(&mut MembersQuery)| {
            let mut query = MembersQuery::default();
            set(&mut query);
            MemberFilter::parse(&query).unwrap_err().field
        };
        assert_eq!(field(|f| f.q = "x".repeat(101)), "q");
        assert_eq!(field(|f| f.role = "root".into()), "role");
        assert_eq!(field(|f| f.status = "banned".into()), "status");
        assert_eq!(field(|f| f.level = "-1".into()), "level");
        assert_eq!(field(|f| f.level = "gold".into()), "level");
        assert_eq!(field(|f| f.group = "0".into()), "group");
        assert_eq!(field(|f| f.nps = "fans".into()), "nps");
        assert_eq!(field(|f| f.sort = "random".into()), "sort");
    }

    #[test]
    fn a_latest_score_falls_in_one_nps_group() {
        let groups: Vec<NpsGroup> =
            [None, Some(0), Some(6), Some(7), Some(8), Some(9), Some(10)].into_iter().map(NpsGroup::of).collect();
        use NpsGroup::*;
        assert_eq!(groups, [Unanswered, Detractor, Detractor, Passive, Passive, Promoter, Promoter]);
    }

    #[test]
    fn like_wildcards_in_the_search_match_only_themselves() {
        assert_eq!(like_pattern("50%_off\\"), "%50\\%\\_off\\\\%");
    }
}
