//! What an import reads: the four kinds, the columns each understands (the page documents them from here), one
//! row checked into what will be written, and the report of a run.

use crate::{
    accounts::domain::{DisplayName, Email},
    common::upload::RefusedLine,
    recognition::domain::Adjustment,
    rewards::domain::CODE_MAX,
    stories::domain::{Consent, StoryDraft, StoryForm},
};
use serde::{Deserialize, Serialize};

/// Most data rows one file may hold.
pub const MAX_ROWS: usize = 10_000;
/// Rows written per transaction: a long import holds the write lock in short turns, and what was committed
/// stays when a later part fails (the import is resumable).
pub const ROWS_PER_TX: usize = 200;
/// Rows shown in the report.
pub const PREVIEW_ROWS: usize = 10;
/// Refused lines kept in the report (the total is still counted).
pub const REFUSALS_KEPT: usize = 200;
/// Longest key a row may give.
pub const KEY_MAX: usize = 200;
/// Most groups one member row may name.
pub const GROUPS_MAX: usize = 20;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Kind {
    #[default]
    Members,
    Balances,
    Testimonials,
    Codes,
}

/// A column an import understands: its name in the documentation, the header cells that mean it (compared as
/// [`crate::common::upload::column_name`] writes them), whether a file must have it, and what it holds.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    pub about: &'static str,
}

const fn column(name: &'static str, aliases: &'static [&'static str], required: bool, about: &'static str) -> Column {
    Column { name, aliases, required, about }
}

const EMAIL: &[&str] = &["email", "e mail", "email address"];

const MEMBER_COLUMNS: &[Column] = &[
    column("email", EMAIL, true, "the member's address, which they sign in with"),
    column(
        "name",
        &["name", "display name", "full name"],
        false,
        "shown beside their posts; “Member” when empty (the address is never shown)",
    ),
    column("groups", &["groups", "group"], false, "group slugs or names, separated by ;"),
];

const BALANCE_COLUMNS: &[Column] = &[
    column("email", EMAIL, true, "a member's address (import the members first)"),
    column("points", &["points", "balance", "opening balance", "amount"], true, "a whole number above zero"),
    column(
        "reason",
        &["reason", "note"],
        false,
        "what the member reads in their points history; “Opening balance” when empty",
    ),
    column(
        "key",
        &["key", "id", "ref", "reference"],
        false,
        "unique per row, so a re-run adds nothing twice; the address when empty (one opening balance each)",
    ),
];

const TESTIMONIAL_COLUMNS: &[Column] = &[
    column(
        "email",
        &["email", "e mail", "email address", "author email"],
        true,
        "the author's address: a member (import the members first)",
    ),
    column("title", &["title", "headline"], true, "up to 120 characters"),
    column("body", &["body", "story", "text", "testimonial"], true, "the story, in Markdown"),
    column("product", &["product", "area"], true, "the product or area it is about"),
    column("rating", &["rating", "stars"], true, "1 to 5"),
    column("consent", &["consent"], true, "what the author agreed to: named, anonymous or internal (never published)"),
    column("quote", &["quote", "pull quote"], false, "a short line for the wall"),
    column("company", &["company", "organisation", "organization"], false, "the author's company"),
    column("job_title", &["job title", "role", "position"], false, "the author's role"),
    column("featured", &["featured", "feature"], false, "yes to feature it on the wall (not an internal one)"),
    column(
        "key",
        &["key", "id", "ref", "reference"],
        false,
        "unique per row, so a re-run adds nothing twice; made from the author, title and text when empty",
    ),
];

const CODE_COLUMNS: &[Column] = &[
    column("reward", &["reward", "reward title", "reward id"], true, "a discount-code reward's title or number"),
    column(
        "code",
        &["code", "discount code", "coupon"],
        true,
        "one code; codes already in the reward's pool are skipped",
    ),
];

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Members, Kind::Balances, Kind::Testimonials, Kind::Codes];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Members => "members",
            Kind::Balances => "balances",
            Kind::Testimonials => "testimonials",
            Kind::Codes => "codes",
        }
    }

    pub fn parse(raw: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == raw.trim())
    }

    pub fn title(self) -> &'static str {
        match self {
            Kind::Members => "Members",
            Kind::Balances => "Opening points balances",
            Kind::Testimonials => "Testimonials",
            Kind::Codes => "Reward codes",
        }
    }

    /// What one row is, in the report ("12 members imported").
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Members => "members",
            Kind::Balances => "balances",
            Kind::Testimonials => "testimonials",
            Kind::Codes => "codes",
        }
    }

    pub fn columns(self) -> &'static [Column] {
        match self {
            Kind::Members => MEMBER_COLUMNS,
            Kind::Balances => BALANCE_COLUMNS,
            Kind::Testimonials => TESTIMONIAL_COLUMNS,
            Kind::Codes => CODE_COLUMNS,
        }
    }

    /// The report's table headings, in the order of [`Row::preview`].
    pub fn preview_headings(self) -> &'static [&'static str] {
        match self {
            Kind::Members => &["Email", "Name", "Groups"],
            Kind::Balances => &["Email", "Points", "Reason", "Key"],
            Kind::Testimonials => &["Author", "Title", "Rating", "Consent", "Featured"],
            Kind::Codes => &["Reward", "Code"],
        }
    }

    /// A header and a row, as the paste box's placeholder.
    pub fn example(self) -> &'static str {
        match self {
            Kind::Members => "email,name,groups\nada@example.com,Ada Lovelace,customers;beta",
            Kind::Balances => "email,points,reason\nada@example.com,1200,Balance from our old programme",
            Kind::Testimonials => "email,title,body,product,rating,consent,featured\nada@example.com,Launch in a week,We moved our launches…,Boards,5,named,yes",
            Kind::Codes => "reward,code\n10% off your next order,SAVE10-A1B2",
        }
    }

    /// What "imported before" means for this kind, in the report.
    pub fn already(self) -> &'static str {
        match self {
            Kind::Members => "had an account already (put in the groups their line names)",
            Kind::Balances => "imported before",
            Kind::Testimonials => "imported before",
            Kind::Codes => "in the pool already",
        }
    }
}

/// A member to create (or, when the address has an account, to put in the groups).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub email: Email,
    pub name: DisplayName,
    pub groups: Vec<String>,
}

/// An opening balance: one ledger row, keyed so that it is added once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceRow {
    pub email: Email,
    pub points: i64,
    pub reason: String,
    pub key: String,
}

/// A testimonial, approved as it was in the programme it comes from, with its author's consent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestimonialRow {
    pub email: Email,
    pub draft: StoryDraft,
    pub featured: bool,
    /// The file's key; empty when it gave none (the reader makes one from the content).
    pub key: String,
}

/// One code for a discount-code reward's pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRow {
    pub reward: String,
    pub code: String,
}

/// A line of a file, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Member(MemberRow),
    Balance(BalanceRow),
    Testimonial(Box<TestimonialRow>),
    Code(CodeRow),
}

impl Row {
    /// Checks a line of a `kind` file; `cell` gives a column's cell by its [`Column::name`] ("" when absent).
    /// The error names the problem as the admin will read it beside the line's number.
    pub fn parse(kind: Kind, cell: &dyn Fn(&str) -> String) -> Result<Row, String> {
        let email = || Email::parse(&cell("email")).map_err(|e| e.message);
        Ok(match kind {
            Kind::Members => {
                let email = email()?;
                let written = cell("name");
                // Never the address's first part: names are public, addresses are not.
                let name =
                    DisplayName::parse(if written.is_empty() { "Member" } else { &written }).map_err(|e| e.message)?;
                let mut groups: Vec<String> = Vec::new();
                for g in cell("groups").split([';', '|', ',']).map(str::trim).filter(|g| !g.is_empty()) {
                    if !groups.iter().any(|seen| seen.eq_ignore_ascii_case(g)) {
                        groups.push(g.to_string());
                    }
                }
                if groups.len() > GROUPS_MAX {
                    return Err(format!("A member can be put in at most {GROUPS_MAX} groups by one line."));
                }
                Row::Member(MemberRow { email, name, groups })
            }
            Kind::Balances => {
                let email = email()?;
                let written = cell("reason");
                let reason = if written.is_empty() { "Opening balance".to_string() } else { written };
                let points = cell("points");
                let adjustment = Adjustment::parse(&points, &reason).map_err(|e| match e.field {
                    "amount" if points.trim() == "0" => "An opening balance cannot be zero points.".to_string(),
                    "amount" if !e.message.contains("at most") => {
                        format!("Points must be a whole number above zero, like 1200, not “{points}”.")
                    }
                    _ => e.message,
                })?;
                if adjustment.amount < 0 {
                    return Err("An opening balance is a number of points above zero.".into());
                }
                let key = match cell("key") {
                    k if k.is_empty() => email.as_str().to_string(),
                    k => key(&k)?,
                };
                Row::Balance(BalanceRow { email, points: adjustment.amount, reason: adjustment.reason, key })
            }
            Kind::Testimonials => {
                let email = email()?;
                let form = StoryForm {
                    title: cell("title"),
                    body: cell("body"),
                    product: cell("product"),
                    rating: cell("rating"),
                    quote: cell("quote"),
                    company: cell("company"),
                    job_title: cell("job_title"),
                    consent: cell("consent").to_lowercase(),
                };
                let draft = StoryDraft::parse(&form).map_err(|e| match e.field {
                    "consent" => "The consent must be named, anonymous or internal.".to_string(),
                    _ => e.message,
                })?;
                let featured = yes_no(&cell("featured"))?;
                if featured && draft.consent == Consent::Internal {
                    return Err(
                        "An internal testimonial cannot be featured: its author did not agree to publishing it.".into(),
                    );
                }
                let key = match cell("key") {
                    k if k.is_empty() => String::new(),
                    k => key(&k)?,
                };
                Row::Testimonial(Box::new(TestimonialRow { email, draft, featured, key }))
            }
            Kind::Codes => {
                let reward = cell("reward");
                if reward.is_empty() {
                    return Err("Name the reward the code is for (its title or number).".into());
                }
                let code = cell("code");
                if code.is_empty() {
                    return Err("The code is empty.".into());
                }
                if code.chars().count() > CODE_MAX {
                    return Err(format!("A code can be at most {CODE_MAX} characters."));
                }
                Row::Code(CodeRow { reward, code })
            }
        })
    }

    /// What the line is about, as the list of refused lines shows it.
    pub fn label(&self) -> String {
        match self {
            Row::Member(m) => m.email.to_string(),
            Row::Balance(b) => b.email.to_string(),
            Row::Testimonial(t) => t.draft.title.clone(),
            Row::Code(c) => c.code.clone(),
        }
    }

    /// Why a line with the identity of line `earlier` is refused.
    pub fn repeat(&self, earlier: u64) -> String {
        match self {
            Row::Member(m) => format!("The address {} is on line {earlier} already.", m.email),
            Row::Balance(b) => format!("The key {} is on line {earlier} already (one opening balance per key).", b.key),
            Row::Testimonial(_) => format!("This testimonial is on line {earlier} already."),
            Row::Code(c) => format!("The code {} is on line {earlier} already.", c.code),
        }
    }

    /// Two lines with one identity are one import: the second is refused as a repeat.
    pub fn identity(&self) -> String {
        match self {
            Row::Member(m) => m.email.to_string(),
            Row::Balance(b) => b.key.clone(),
            Row::Testimonial(t) => t.key.clone(),
            Row::Code(c) => format!("{}\n{}", c.reward.to_lowercase(), c.code),
        }
    }

    /// The cells the report shows, under [`Kind::preview_headings`].
    pub fn preview(&self) -> Vec<String> {
        match self {
            Row::Member(m) => vec![m.email.to_string(), m.name.as_str().to_string(), m.groups.join("; ")],
            Row::Balance(b) => vec![b.email.to_string(), b.points.to_string(), b.reason.clone(), b.key.clone()],
            Row::Testimonial(t) => vec![
                t.email.to_string(),
                t.draft.title.clone(),
                t.draft.rating.get().to_string(),
                t.draft.consent.as_str().to_string(),
                if t.featured { "yes" } else { "no" }.to_string(),
            ],
            Row::Code(c) => vec![c.reward.clone(), c.code.clone()],
        }
    }
}

fn key(raw: &str) -> Result<String, String> {
    if raw.chars().count() > KEY_MAX {
        return Err(format!("A key can be at most {KEY_MAX} characters."));
    }
    if raw.chars().any(char::is_control) {
        return Err("A key cannot contain control characters.".into());
    }
    Ok(raw.to_string())
}

fn yes_no(raw: &str) -> Result<bool, String> {
    match raw.to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => Ok(false),
        "yes" | "y" | "true" | "1" => Ok(true),
        _ => Err(format!("Featured must be yes or no, not “{raw}”.")),
    }
}

/// How a run goes: a preview writes nothing; `welcome` emails each new member (members only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    pub dry_run: bool,
    pub welcome: bool,
}

/// A row the report shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub line: u64,
    pub cells: Vec<String>,
}

/// What an import did (or, for a preview, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub kind: Kind,
    pub dry_run: bool,
    /// Data rows read (the header is not counted).
    pub read: usize,
    pub imported: usize,
    pub already: usize,
    /// New members sent the welcome email.
    pub emailed: usize,
    /// The first refused lines, by line number.
    pub refused: Vec<RefusedLine>,
    pub refused_total: usize,
    /// The first rows imported.
    pub preview: Vec<PreviewRow>,
    /// The run stopped part-way (the refused lines say where): what was before is imported.
    #[serde(default)]
    pub stopped: bool,
}

impl ImportReport {
    /// One sentence: "12 rows read: 10 members imported, 1 had an account already…, 1 refused."
    pub fn summary(&self) -> String {
        use crate::common::text::thousands;
        let n = |v: usize| thousands(v as i64);
        let verb = if self.dry_run { "would be imported" } else { "imported" };
        let emailed = match (self.emailed, self.dry_run) {
            (0, _) => String::new(),
            (e, true) => format!(" Welcome emails that would be sent: {}.", n(e)),
            (e, false) => format!(" Welcome emails sent: {}.", n(e)),
        };
        format!(
            "{} rows read: {} {} {verb}, {} {}, {} refused.{emailed}",
            n(self.read),
            n(self.imported),
            self.kind.plural(),
            n(self.already),
            self.kind.already(),
            n(self.refused_total),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn row(kind: Kind, cells: &[(&str, &str)]) -> Result<Row, String> {
        let cells: HashMap<String, String> = cells.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Row::parse(kind, &|name| cells.get(name).cloned().unwrap_or_default())
    }

    #[test]
    fn a_member_line_gets_a_name_from_the_address_and_its_groups_once() {
        let Ok(Row::Member(m)) =
            row(Kind::Members, &[("email", "Ada@Example.com"), ("groups", "beta; Beta | customers")])
        else {
            panic!("a good line")
        };
        assert_eq!((m.email.as_str(), m.name.as_str()), ("ada@example.com", "Member"), "never the address");
        assert_eq!(m.groups, vec!["beta", "customers"]);
        assert!(row(Kind::Members, &[("email", "not-mail")]).is_err());
        let many = (0..=GROUPS_MAX).map(|i| format!("g{i}")).collect::<Vec<_>>().join(";");
        assert!(row(Kind::Members, &[("email", "a@b.co"), ("groups", &many)]).unwrap_err().contains("at most"));
    }

    #[test]
    fn a_balance_is_positive_and_keyed_by_the_address_unless_the_file_gives_a_key() {
        let Ok(Row::Balance(b)) = row(Kind::Balances, &[("email", "ada@example.com"), ("points", "1200")]) else {
            panic!("a good line")
        };
        assert_eq!((b.points, b.reason.as_str(), b.key.as_str()), (1200, "Opening balance", "ada@example.com"));
        let keyed = row(Kind::Balances, &[("email", "ada@example.com"), ("points", "5"), ("key", "old-17")]).unwrap();
        assert_eq!(keyed.identity(), "old-17");
        for (bad, says) in [
            ("0", "cannot be zero"),
            ("-5", "above zero"),
            ("12.5", "whole number"),
            ("1,000", "whole number"),
            ("", "whole number"),
        ] {
            let refused = row(Kind::Balances, &[("email", "ada@example.com"), ("points", bad)]).unwrap_err();
            assert!(refused.contains(says), "{bad}: {refused}");
        }
    }

    #[test]
    fn a_testimonial_keeps_its_consent_and_an_internal_one_cannot_be_featured() {
        let base = [
            ("email", "ada@example.com"),
            ("title", "Launch in a week"),
            ("body", "We moved our launches to boards."),
            ("product", "Boards"),
            ("rating", "5"),
        ];
        let with = |extra: &[(&'static str, &'static str)]| {
            let mut cells = base.to_vec();
            cells.extend_from_slice(extra);
            row(Kind::Testimonials, &cells)
        };
        let Ok(Row::Testimonial(t)) = with(&[("consent", "Anonymous"), ("featured", "yes")]) else {
            panic!("a good line")
        };
        assert_eq!((t.draft.consent, t.featured), (Consent::Anonymous, true));
        assert!(with(&[("consent", "internal"), ("featured", "yes")]).unwrap_err().contains("cannot be featured"));
        assert!(with(&[("consent", "public")]).unwrap_err().contains("named, anonymous or internal"));
        assert!(with(&[("consent", "named"), ("featured", "maybe")]).unwrap_err().contains("yes or no"));
    }

    #[test]
    fn the_summary_says_what_would_happen_in_a_preview() {
        let report =
            ImportReport { kind: Kind::Codes, dry_run: true, read: 3, imported: 2, already: 1, ..Default::default() };
        assert_eq!(report.summary(), "3 rows read: 2 codes would be imported, 1 in the pool already, 0 refused.");
    }
}
