//! What an import reads: the four kinds, the columns each understands (the page documents them from here), one
//! row checked into what will be written, and the report of a run.

use crate::{
    accounts::domain::{DisplayName, Email},
    common::upload::RefusedLine,
    i18n::Lang,
    recognition::domain::Adjustment,
    rewards::domain::CODE_MAX,
    stories::domain::{Consent, StoryDraft, StoryForm},
    t, t_in,
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
/// [`crate::common::upload::column_name`] writes them), whether a file must have it, and what it holds (in
/// the page's language).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    pub about: fn() -> String,
}

const fn column(name: &'static str, aliases: &'static [&'static str], required: bool, about: fn() -> String) -> Column {
    Column { name, aliases, required, about }
}

const EMAIL: &[&str] = &["email", "e mail", "email address"];

const MEMBER_COLUMNS: &[Column] = &[
    column("email", EMAIL, true, || t!("imports-col-members-email")),
    column("name", &["name", "display name", "full name"], false, || t!("imports-col-members-name")),
    column("groups", &["groups", "group"], false, || t!("imports-col-members-groups")),
];

const BALANCE_COLUMNS: &[Column] = &[
    column("email", EMAIL, true, || t!("imports-col-balances-email")),
    column("points", &["points", "balance", "opening balance", "amount"], true, || t!("imports-col-balances-points")),
    column("reason", &["reason", "note"], false, || t!("imports-col-balances-reason")),
    column("key", &["key", "id", "ref", "reference"], false, || t!("imports-col-balances-key")),
];

const TESTIMONIAL_COLUMNS: &[Column] = &[
    column("email", &["email", "e mail", "email address", "author email"], true, || {
        t!("imports-col-testimonials-email")
    }),
    column("title", &["title", "headline"], true, || t!("imports-col-testimonials-title")),
    column("body", &["body", "story", "text", "testimonial"], true, || t!("imports-col-testimonials-body")),
    column("product", &["product", "area"], true, || t!("imports-col-testimonials-product")),
    column("rating", &["rating", "stars"], true, || t!("imports-col-testimonials-rating")),
    column("consent", &["consent"], true, || t!("imports-col-testimonials-consent")),
    column("quote", &["quote", "pull quote"], false, || t!("imports-col-testimonials-quote")),
    column("company", &["company", "organisation", "organization"], false, || t!("imports-col-testimonials-company")),
    column("job_title", &["job title", "role", "position"], false, || t!("imports-col-testimonials-job-title")),
    column("featured", &["featured", "feature"], false, || t!("imports-col-testimonials-featured")),
    column("key", &["key", "id", "ref", "reference"], false, || t!("imports-col-testimonials-key")),
];

const CODE_COLUMNS: &[Column] = &[
    column("reward", &["reward", "reward title", "reward id"], true, || t!("imports-col-codes-reward")),
    column("code", &["code", "discount code", "coupon"], true, || t!("imports-col-codes-code")),
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

    pub fn title(self) -> String {
        match self {
            Kind::Members => t!("imports-kind-members"),
            Kind::Balances => t!("imports-kind-balances"),
            Kind::Testimonials => t!("imports-kind-testimonials"),
            Kind::Codes => t!("imports-kind-codes"),
        }
    }

    /// The upload form's button ("Import members").
    pub fn action(self) -> String {
        match self {
            Kind::Members => t!("imports-import-members"),
            Kind::Balances => t!("imports-import-balances"),
            Kind::Testimonials => t!("imports-import-testimonials"),
            Kind::Codes => t!("imports-import-codes"),
        }
    }

    /// What one row is, as `chorus import` counts them ("members").
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
    pub fn preview_headings(self) -> Vec<String> {
        match self {
            Kind::Members => vec![t!("imports-head-email"), t!("imports-head-name"), t!("imports-head-groups")],
            Kind::Balances => vec![
                t!("imports-head-email"),
                t!("imports-head-points"),
                t!("imports-head-reason"),
                t!("imports-head-key"),
            ],
            Kind::Testimonials => vec![
                t!("imports-head-author"),
                t!("imports-head-title"),
                t!("imports-head-rating"),
                t!("imports-head-consent"),
                t!("imports-head-featured"),
            ],
            Kind::Codes => vec![t!("imports-head-reward"), t!("imports-head-code")],
        }
    }

    /// A header and a row, as the paste box's placeholder: the columns' names as a file gives them, and
    /// example values in the page's language.
    pub fn example(self) -> String {
        match self {
            Kind::Members => "email,name,groups\nada@example.com,Ada Lovelace,customers;beta".to_string(),
            Kind::Balances => {
                format!("email,points,reason\nada@example.com,1200,{}", t!("imports-example-balance-reason"))
            }
            Kind::Testimonials => format!(
                "email,title,body,product,rating,consent,featured\nada@example.com,{},{},{},5,named,yes",
                t!("imports-example-testimonial-title"),
                t!("imports-example-testimonial-body"),
                t!("imports-example-testimonial-product"),
            ),
            Kind::Codes => format!("reward,code\n{},SAVE10-A1B2", t!("imports-example-code-reward")),
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
                    return Err(t!("imports-too-many-groups", max = GROUPS_MAX));
                }
                Row::Member(MemberRow { email, name, groups })
            }
            Kind::Balances => {
                let email = email()?;
                let written = cell("reason");
                let reason = if written.is_empty() { "Opening balance".to_string() } else { written };
                let points = cell("points");
                let adjustment = Adjustment::parse(&points, &reason).map_err(|e| match e.field {
                    "amount" if points.trim() == "0" => t!("imports-balance-zero"),
                    // Not a whole number at all (a number too large keeps the ledger's words).
                    "amount" if points.trim().trim_start_matches('+').parse::<i64>().is_err() => {
                        t!("imports-points-invalid", value = points.as_str())
                    }
                    _ => e.message,
                })?;
                if adjustment.amount < 0 {
                    return Err(t!("imports-balance-negative"));
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
                    "consent" => t!("imports-consent-invalid"),
                    _ => e.message,
                })?;
                let featured = yes_no(&cell("featured"))?;
                if featured && draft.consent == Consent::Internal {
                    return Err(t!("imports-internal-featured"));
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
                    return Err(t!("imports-reward-missing"));
                }
                let code = cell("code");
                if code.is_empty() {
                    return Err(t!("imports-code-empty"));
                }
                if code.chars().count() > CODE_MAX {
                    return Err(t!("imports-code-too-long", max = CODE_MAX));
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
        // As written, like the line column beside it (not grouped as a count is).
        let line = earlier.to_string();
        match self {
            Row::Member(m) => t!("imports-repeat-address", address = m.email.as_str(), line = line),
            Row::Balance(b) => t!("imports-repeat-key", key = b.key.as_str(), line = line),
            Row::Testimonial(_) => t!("imports-repeat-testimonial", line = line),
            Row::Code(c) => t!("imports-repeat-code", code = c.code.as_str(), line = line),
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
                if t.featured { t!("imports-yes") } else { t!("imports-no") },
            ],
            Row::Code(c) => vec![c.reward.clone(), c.code.clone()],
        }
    }
}

fn key(raw: &str) -> Result<String, String> {
    if raw.chars().count() > KEY_MAX {
        return Err(t!("imports-key-too-long", max = KEY_MAX));
    }
    if raw.chars().any(char::is_control) {
        return Err(t!("imports-key-control"));
    }
    Ok(raw.to_string())
}

fn yes_no(raw: &str) -> Result<bool, String> {
    match raw.to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => Ok(false),
        "yes" | "y" | "true" | "1" => Ok(true),
        _ => Err(t!("imports-featured-invalid", value = raw)),
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
    /// One sentence in the page's language: "12 rows read: 10 members imported, 1 had an account already…,
    /// 1 refused."
    pub fn summary(&self) -> String {
        self.summary_in(crate::i18n::current())
    }

    /// The summary in `lang` (the audit log's is in English).
    pub fn summary_in(&self, lang: Lang) -> String {
        let emailed = match (self.emailed, self.dry_run) {
            (0, _) => String::new(),
            (e, true) => format!(" {}", t_in!(lang, "imports-would-email", count = e)),
            (e, false) => format!(" {}", t_in!(lang, "imports-emailed", count = e)),
        };
        let counts = t_in!(
            lang,
            "imports-summary",
            kind = self.kind.as_str(),
            preview = if self.dry_run { "yes" } else { "no" },
            read = self.read,
            imported = self.imported,
            already = self.already,
            refused = self.refused_total,
        );
        format!("{counts}{emailed}")
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
