//! `/admin/members.csv`: every member the admin's current search finds, one row each.

use crate::{
    admin::{
        filter::{MemberFilter, MembersQuery, NpsGroup},
        repo,
    },
    common::csv::{failed, refusal, stamp, Download, Sheet},
    db::Db,
};
use axum::{http::StatusCode, response::Response};

/// The CSV of the members `query` finds, in its order; 422 naming a bad filter.
pub async fn download(db: &Db, query: MembersQuery) -> Result<Download, Response> {
    let filter = MemberFilter::parse(&query)
        .map_err(|e| refusal(StatusCode::UNPROCESSABLE_ENTITY, format!("{}\n", e.message)))?;
    build(db, &filter).await.map_err(|e| {
        tracing::error!(error = %e, "the member export failed");
        failed()
    })
}

async fn build(db: &Db, filter: &MemberFilter) -> Result<Download, Box<dyn std::error::Error>> {
    let levels = crate::recognition::repo::reads::levels(db).await?;
    let (members, _) = repo::list_members(db, filter, &levels, None, crate::db::now()).await?;
    let mut sheet = Sheet::default();
    sheet.text(&[
        "id",
        "name",
        "email",
        "handle",
        "role",
        "level",
        "joined",
        "last seen",
        "confirmed",
        "status",
        "groups",
        "nps group",
        "referred by",
        "balance",
        "lifetime points",
        "nps score",
    ])?;
    for m in members {
        let status = m.status().as_str();
        let text = [
            m.display_name,
            m.email,
            m.handle,
            m.role.as_str().to_string(),
            m.level,
            stamp(Some(m.created_at)),
            stamp(m.last_seen_at),
            if m.verified { "yes" } else { "no" }.to_string(),
            status.to_string(),
        ];
        let nps = match m.nps {
            Some(_) => NpsGroup::of(m.nps).as_str().to_string(),
            None => String::new(),
        };
        let referrer = m.referred_by.map(|(_, handle)| format!("@{handle}")).unwrap_or_default();
        let mut cells = vec![m.id.to_string()];
        cells.extend(text);
        cells.extend([m.groups.join("; "), nps, referrer]);
        let score = m.nps.map(|s| s.to_string()).unwrap_or_default();
        sheet.row(&cells, &[m.balance.to_string(), m.lifetime.to_string(), score])?;
    }
    let day = crate::common::dates::iso_date(crate::db::now());
    Ok(Download { filename: format!("members-{day}.csv"), text: sheet.finish()? })
}
