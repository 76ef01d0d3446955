//! `/api/v1/referrals/conversions`: the shop tells Chorus that a referred friend became a customer (an order,
//! with the friend's email or the referral code they used), and reads the conversions recorded. The order
//! reference makes a report idempotent: sent again with the same details it answers as the first time (200,
//! `Idempotent-Replayed: true`); with other details it is refused (409).

use super::{auth::Caller, iso, Page, PageQuery, Problem};
use app::{
    api_tokens::domain::Scope,
    db,
    referrals::{
        conversion::{money, Conversion as Checked, ConversionForm, Outcome, Recorded},
        repo::{self, Source},
    },
    state::AppState,
};
use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderValue, StatusCode},
    response::Response,
    Json,
};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// An order a referred friend placed, as reported to the shop.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversionReport {
    /// The friend's email. Give it, the code, or both: a friend who joined the community is found by it.
    #[serde(default)]
    pub email: Option<String>,
    /// The referral code the friend used (from the link's `ref` parameter or typed at checkout).
    #[serde(default)]
    pub code: Option<String>,
    /// The shop's reference for the order: unique, so a report sent twice counts once.
    pub order_ref: String,
    /// The order's amount in the programme's currency, as a decimal string or number (`"49.90"`).
    #[serde(default)]
    #[schema(value_type = Option<String>, example = "49.90")]
    pub amount: Option<serde_json::Value>,
    /// ISO 4217; when given it must be the programme's currency.
    #[serde(default)]
    pub currency: Option<String>,
}

/// A recorded conversion.
#[derive(Debug, Serialize, ToSchema)]
pub struct Conversion {
    pub id: i64,
    pub referral_id: i64,
    /// The member whose referral it is.
    pub referrer_id: i64,
    /// The friend's member id, when they joined the community.
    pub referee_id: Option<i64>,
    pub order_ref: String,
    /// The amount in minor units (cents), when reported.
    pub amount_minor: Option<i64>,
    /// The amount as people read it (`1,250.50 EUR`).
    pub amount_text: Option<String>,
    pub currency: String,
    /// The referral's status after this order: `signed_up`, `held`, `qualified`, `rewarded`, `rejected` or
    /// `reversed`.
    pub referral_status: String,
    /// The points this report paid the referrer, when it was what rewarded the referral (`null` otherwise,
    /// and on a replay).
    pub referrer_points: Option<i64>,
    #[schema(format = DateTime)]
    pub created_at: String,
}

impl From<Recorded> for Conversion {
    fn from(r: Recorded) -> Conversion {
        Conversion {
            id: r.id,
            referral_id: r.referral_id,
            referrer_id: r.referrer_id,
            referee_id: r.referee_id,
            order_ref: r.order_ref,
            amount_minor: r.amount,
            amount_text: r.amount.map(|a| money(a, &r.currency)),
            currency: r.currency,
            referral_status: r.status.as_str().to_string(),
            referrer_points: r.paid,
            created_at: iso(r.created_at),
        }
    }
}

/// Conversions, newest first; `next_cursor` asks for older ones.
#[utoipa::path(get, operation_id = "listConversions", path = "/api/v1/referrals/conversions", tag = "referrals",
    params(PageQuery),
    responses((status = 200, body = Page<Conversion>), (status = "4XX", body = Problem)),
    security(("token" = ["referrals:read"])))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(page): Query<PageQuery>,
) -> Result<Json<Page<Conversion>>, Problem> {
    caller.may(Scope::ReferralsRead)?;
    let (before, limit) = page.before()?;
    let currency = repo::settings(&state.db).await?.currency;
    let rows = repo::conversions(&state.db, Some(before), limit + 1, &currency).await?;
    Ok(Json(Page::of(rows.into_iter().map(Conversion::from).collect(), limit, |c| c.id)))
}

/// Reports an order of a referred friend: 201 with the conversion; 200 with `Idempotent-Replayed: true` when
/// the order was reported before with the same details; 409 when with others; 422 when no referral matches.
#[utoipa::path(post, operation_id = "reportConversion", path = "/api/v1/referrals/conversions", tag = "referrals",
    request_body = ConversionReport,
    responses((status = 201, body = Conversion), (status = 200, body = Conversion), (status = "4XX", body = Problem)),
    security(("token" = ["referrals:write"])))]
pub async fn report(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<Response, Problem> {
    caller.may(Scope::ReferralsWrite)?;
    let report: ConversionReport = super::json_body(&body)?;
    let amount = match report.amount {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => return Err(Problem::invalid("amount", format!("The amount must be a decimal, not {other}."))),
    };
    let form = ConversionForm {
        email: report.email.unwrap_or_default(),
        code: report.code.unwrap_or_default(),
        order_ref: report.order_ref,
        amount,
        currency: report.currency.unwrap_or_default(),
    };
    let currency = repo::settings(&state.db).await?.currency;
    let checked = Checked::parse(&form, &currency)?;
    let token = &caller.0;
    let now = db::now();
    let mut tx = state.db.begin_write().await?;
    let source = Source::Api { token_id: token.token_id, maker: token.actor_id };
    let recorded = match repo::convert(&mut tx, &checked, source, now).await? {
        Outcome::Refused(why) => {
            let slug =
                if matches!(why, app::referrals::conversion::Refusal::Differs(_)) { "conflict" } else { "invalid" };
            return Err(Problem::new(slug, why.message()).on(why.field()));
        }
        Outcome::Again(first) => {
            let mut res = super::json(StatusCode::OK, &Conversion::from(first));
            res.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            return Ok(res);
        }
        Outcome::New(recorded) => recorded,
    };
    caller
        .audit(
            &mut tx,
            ("referral_conversion", "referral", recorded.referral_id),
            format!("order {}", recorded.order_ref),
            now,
        )
        .await?;
    tx.commit().await?;
    Ok(super::json(StatusCode::CREATED, &Conversion::from(recorded)))
}
