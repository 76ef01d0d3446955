//! What the dashboard shows: the counts read for a period, and the figures (value, previous value, change)
//! made from them for the page and the CSV alike.

use super::domain::{
    change_text, one_decimal, percent, percent_text, points_change_text, sign, CohortRow, Period, PeriodQuery,
};
use crate::nps::domain::NpsTally;
use crate::referrals::conversion::money;
use crate::t;
use serde::{Deserialize, Serialize};

/// Everything counted over one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Accounts that existed at the end of the period (accounts removed as spam are left out).
    pub members: i64,
    /// Members who posted, submitted a story or redeemed a reward in the period.
    pub active: i64,
    pub new_members: i64,
    /// New members who came through a referral link.
    pub referred: i64,
    pub referral_clicks: i64,
    /// Of the referred: those who qualified, and those whose referrer was rewarded.
    pub qualified: i64,
    pub rewarded: i64,
    pub posts: i64,
    pub stories_submitted: i64,
    pub stories_approved: i64,
    pub stories_featured: i64,
    pub points_issued: i64,
    pub points_redeemed: i64,
    pub redemptions: i64,
    /// Referred friends who became customers in the period (their first reported order), and the amounts of
    /// referred customers' orders reported in it (minor units of `currency`); rejected referrals left out.
    pub customers: i64,
    pub revenue: i64,
    pub currency: String,
    /// NPS answers given in the period (dismissals are not answers).
    pub nps: NpsTally,
}

/// One chart point: a day, or a bucket of days for long periods.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bucket {
    pub start: i64,
    pub new_members: i64,
    pub active: i64,
    pub posts: i64,
}

/// Redemptions of one reward in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RewardBar {
    pub title: String,
    pub redemptions: i64,
    pub points: i64,
}

/// The whole dashboard for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub query: PeriodQuery,
    pub period: Period,
    pub previous: Period,
    pub current: Counts,
    pub before: Counts,
    pub series: Vec<Bucket>,
    pub rewards: Vec<RewardBar>,
    pub cohorts: Vec<CohortRow>,
}

/// The tables the figures are grouped in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Members,
    Referrals,
    Stories,
    Points,
    Satisfaction,
}

impl Group {
    /// The group's name in the CSV, which stays in English like the rest of the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Members => "Members",
            Group::Referrals => "Referrals",
            Group::Stories => "Stories and posts",
            Group::Points => "Points and rewards",
            Group::Satisfaction => "Satisfaction",
        }
    }

    /// The group's name on the page.
    pub fn label(self) -> String {
        match self {
            Group::Members => t!("analytics-group-members"),
            Group::Referrals => t!("analytics-group-referrals"),
            Group::Stories => t!("analytics-group-stories"),
            Group::Points => t!("analytics-group-points"),
            Group::Satisfaction => t!("analytics-group-satisfaction"),
        }
    }
}

/// One line of the figures table.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub group: Group,
    /// The figure's name in the CSV (English, like the rest of the file).
    pub label: &'static str,
    /// The figure's name on the page.
    pub name: String,
    /// What the numbers are: `count`, `percent` or `score`.
    pub unit: &'static str,
    /// The numbers (for the CSV), `None` when there is none (a rate of nothing).
    pub values: (Option<f64>, Option<f64>),
    /// The same as words, for the page.
    pub current: String,
    pub previous: String,
    pub change: String,
}

fn count(group: Group, (label, name): (&'static str, String), now: i64, before: i64) -> Figure {
    Figure {
        group,
        label,
        name,
        unit: "count",
        values: (Some(now as f64), Some(before as f64)),
        current: now.to_string(),
        previous: before.to_string(),
        change: change_text(now, before),
    }
}

fn rate(group: Group, (label, name): (&'static str, String), now: Option<f64>, before: Option<f64>) -> Figure {
    Figure {
        group,
        label,
        name,
        unit: "percent",
        values: (now, before),
        current: percent_text(now),
        previous: percent_text(before),
        change: points_change_text(now, before),
    }
}

fn money_figure(group: Group, (label, name): (&'static str, String), now: i64, before: i64, currency: &str) -> Figure {
    let delta = now - before;
    let change = match (delta, percent(delta.abs(), before)) {
        (0, _) => t!("analytics-no-change"),
        (_, Some(p)) => format!("{}{} ({}{} %)", sign(delta), money(delta.abs(), ""), sign(delta), one_decimal(p)),
        (_, None) => format!("{}{} ({})", sign(delta), money(delta.abs(), ""), t!("analytics-new")),
    };
    Figure {
        group,
        label,
        name,
        unit: "money",
        values: (Some(now as f64 / 100.0), Some(before as f64 / 100.0)),
        current: money(now, currency),
        previous: money(before, currency),
        change,
    }
}

/// Every figure of the dashboard, in display order, grouped.
pub fn figures(c: &Counts, p: &Counts) -> Vec<Figure> {
    use Group::{Members as M, Points as P, Referrals as R, Satisfaction as N, Stories as S};
    let score = |x: &Counts| x.nps.score();
    let nps_change = match (score(c), score(p)) {
        (Some(a), Some(b)) if a == b => t!("analytics-no-change"),
        (Some(a), Some(b)) => format!("{}{}", if a > b { "+" } else { "−" }, (a - b).abs()),
        _ => "–".to_string(),
    };
    let shown = |s: Option<i64>| s.map_or_else(|| "–".to_string(), |s| s.to_string());
    vec![
        count(M, ("Active members", t!("analytics-active-members")), c.active, p.active),
        count(M, ("Members", t!("analytics-members")), c.members, p.members),
        rate(
            M,
            ("Participation rate", t!("analytics-participation-rate")),
            percent(c.active, c.members),
            percent(p.active, p.members),
        ),
        count(M, ("New members", t!("analytics-new-members")), c.new_members, p.new_members),
        count(R, ("New members from referrals", t!("analytics-referred")), c.referred, p.referred),
        rate(
            R,
            ("Referral rate", t!("analytics-referral-rate")),
            percent(c.referred, c.new_members),
            percent(p.referred, p.new_members),
        ),
        count(R, ("Referral link visits", t!("analytics-referral-clicks")), c.referral_clicks, p.referral_clicks),
        rate(
            R,
            ("Visits that signed up", t!("analytics-visits-signed-up")),
            percent(c.referred, c.referral_clicks),
            percent(p.referred, p.referral_clicks),
        ),
        count(R, ("Referrals qualified", t!("analytics-qualified")), c.qualified, p.qualified),
        count(R, ("Referrals rewarded", t!("analytics-rewarded")), c.rewarded, p.rewarded),
        count(R, ("Referred friends who became customers", t!("analytics-customers")), c.customers, p.customers),
        money_figure(
            R,
            ("Revenue from referred customers", t!("analytics-revenue")),
            c.revenue,
            p.revenue,
            &c.currency,
        ),
        count(S, ("Posts", t!("analytics-posts")), c.posts, p.posts),
        count(S, ("Stories submitted", t!("analytics-stories-submitted")), c.stories_submitted, p.stories_submitted),
        count(S, ("Stories approved", t!("analytics-stories-approved")), c.stories_approved, p.stories_approved),
        count(S, ("Stories featured", t!("analytics-stories-featured")), c.stories_featured, p.stories_featured),
        count(P, ("Points issued", t!("analytics-points-issued")), c.points_issued, p.points_issued),
        count(P, ("Points redeemed", t!("analytics-points-redeemed")), c.points_redeemed, p.points_redeemed),
        count(P, ("Redemptions", t!("analytics-redemptions")), c.redemptions, p.redemptions),
        Figure {
            group: N,
            label: "NPS",
            name: "NPS".to_string(),
            unit: "score",
            values: (score(c).map(|s| s as f64), score(p).map(|s| s as f64)),
            current: shown(score(c)),
            previous: shown(score(p)),
            change: nps_change,
        },
        count(N, ("NPS answers", t!("analytics-nps-answers")), c.nps.total(), p.nps.total()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_compare_each_count_and_rate_with_the_previous_period() {
        let c = Counts {
            members: 10,
            active: 4,
            new_members: 4,
            referred: 1,
            currency: "EUR".into(),
            ..Default::default()
        };
        let c = Counts { nps: NpsTally { promoters: 3, passives: 0, detractors: 1 }, ..c };
        let p = Counts { members: 6, active: 3, new_members: 2, referred: 0, ..Default::default() };
        let f = figures(&c, &p);
        let get = |label: &str| f.iter().find(|x| x.label == label).unwrap().clone();
        assert_eq!(get("Active members").change, "+1 (+33.3 %)");
        let participation = get("Participation rate");
        assert_eq!((participation.current.as_str(), participation.previous.as_str()), ("40.0 %", "50.0 %"));
        assert_eq!(participation.change, "−10.0 pts");
        assert_eq!(get("Referral rate").current, "25.0 %");
        assert_eq!(get("Visits that signed up").current, "–", "no visits counted");
        let revenue = get("Revenue from referred customers");
        assert_eq!((revenue.current.as_str(), revenue.previous.as_str()), ("0.00 EUR", "0.00 EUR"));
        let c = Counts { revenue: 125_000, currency: "EUR".into(), ..c.clone() };
        let p = Counts { revenue: 100_000, ..p.clone() };
        let revenue = figures(&c, &p).into_iter().find(|x| x.label == "Revenue from referred customers").unwrap();
        assert_eq!((revenue.current.as_str(), revenue.change.as_str()), ("1,250.00 EUR", "+250.00 (+25.0 %)"));
        assert_eq!(revenue.values, (Some(1250.0), Some(1000.0)));
        let score = get("NPS");
        assert_eq!((score.current.as_str(), score.previous.as_str(), score.change.as_str()), ("50", "–", "–"));
    }
}
