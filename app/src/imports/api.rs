//! Running an import (for the admin page's upload route and for `chorus import`) and the page's data.

use crate::{error::AppError, imports::views::ImportsPage};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    accounts::{
        domain::{CurrentUser, Role},
        guard::{require_role, session, session_err},
    },
    db::Db,
    imports::domain::{ImportReport, Kind, Options},
    markdown::Renderer,
    state::{app_state, MailSettings},
    t,
};

/// The session key the upload route leaves its report under; the page shows it once.
pub const IMPORT_REPORT: &str = "import_report";

/// What a run needs beside the file: the database, the Markdown renderer (testimonials), and the mail
/// settings a welcome email is written with (`None`: no welcome emails).
#[cfg(feature = "ssr")]
pub struct Context<'a> {
    pub db: &'a Db,
    pub renderer: &'a Renderer,
    pub mail: Option<&'a MailSettings>,
}

/// Imports a `kind` CSV as `admin`: every row is checked first (lines that cannot be read are refused with
/// their reason), then written [`ROWS_PER_TX`](crate::imports::domain::ROWS_PER_TX) at a time; a preview
/// runs the same writes and rolls each transaction back, so its report is what importing would do. Rows
/// imported before are counted, not written again, so an import cut short is finished by running it again.
/// A batch the database refuses stops the run: the report says `stopped`, names the batch's first line and
/// counts what was committed before it, and the audit log has the partial run. `progress` hears the rows
/// done after each transaction.
#[cfg(feature = "ssr")]
pub async fn run(
    ctx: &Context<'_>,
    admin: &CurrentUser,
    kind: Kind,
    bytes: &[u8],
    options: Options,
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportReport, AppError> {
    use crate::{common::upload::RefusedLine, db, imports::domain::ROWS_PER_TX};
    let sheet = crate::imports::sheet::read(kind, bytes).map_err(|m| AppError::invalid("csv", m))?;
    let mut report =
        ImportReport { kind, dry_run: options.dry_run, read: sheet.read, refused: sheet.refused, ..Default::default() };
    let welcome = ctx.mail.filter(|_| options.welcome && kind == Kind::Members);
    let now = db::now();
    for chunk in sheet.rows.chunks(ROWS_PER_TX) {
        match batch(ctx, admin.id, chunk, welcome, options.dry_run, now).await {
            Ok(done) => {
                report.imported += done.imported;
                report.already += done.already;
                report.emailed += done.emailed;
                report.refused.extend(done.refused);
                let room = PREVIEW_ROWS.saturating_sub(report.preview.len());
                report.preview.extend(done.preview.into_iter().take(room));
                progress(chunk.len());
            }
            Err(e) => {
                let line = chunk.first().map_or(0, |(line, _)| *line);
                tracing::error!(error = %e, line, kind = kind.as_str(), "an import stopped");
                let reason = t!("imports-stopped-here");
                report.refused.push(RefusedLine { line, text: String::new(), reason });
                report.stopped = true;
                break;
            }
        }
    }
    report.refused.sort_by_key(|r| r.line);
    report.refused_total = report.refused.len();
    if !options.dry_run {
        let stopped = if report.stopped { " (stopped part-way)" } else { "" };
        let detail = format!("{}{stopped}", report.summary_in(crate::i18n::Lang::En));
        let mut tx = ctx.db.begin_write().await?;
        crate::audit::record(&mut tx, admin, &format!("import_{}", kind.as_str()), "import", 0, detail).await?;
        tx.commit().await?;
    }
    Ok(report)
}

#[cfg(feature = "ssr")]
use crate::imports::domain::{PreviewRow, Row, PREVIEW_ROWS};

/// What one transaction of rows did; added to the report only once it is committed.
#[cfg(feature = "ssr")]
#[derive(Default)]
struct Batch {
    imported: usize,
    already: usize,
    emailed: usize,
    refused: Vec<crate::common::upload::RefusedLine>,
    preview: Vec<PreviewRow>,
}

/// Writes `rows` in one transaction (rolled back for a preview).
#[cfg(feature = "ssr")]
async fn batch(
    ctx: &Context<'_>,
    admin_id: i64,
    rows: &[(u64, Row)],
    welcome: Option<&MailSettings>,
    dry_run: bool,
    now: i64,
) -> Result<Batch, AppError> {
    use crate::{
        common::upload::RefusedLine,
        imports::repo::{self, Done},
        stories::repo::write::Rendered,
    };
    // Testimonials are rendered before the transaction opens, off the runtime.
    let bodies: Vec<Option<String>> = rows
        .iter()
        .map(|(_, row)| match row {
            Row::Testimonial(t) => Some(t.draft.body.clone()),
            _ => None,
        })
        .collect();
    let mut rendered: Vec<Option<Rendered>> =
        ctx.renderer.run("csv", move || bodies.into_iter().map(|b| b.map(|b| Rendered::of(&b))).collect()).await?;
    let mut tx = ctx.db.begin_write().await?;
    let mut done = Batch::default();
    for ((line, row), rendered) in rows.iter().zip(rendered.iter_mut()) {
        let outcome = match (row, rendered.take()) {
            (Row::Member(m), _) => repo::member(&mut tx, m, welcome, now).await?,
            (Row::Balance(b), _) => repo::balance(&mut tx, b, admin_id, now).await?,
            (Row::Testimonial(t), Some(r)) => repo::testimonial(&mut tx, t, &r, admin_id, now).await?,
            (Row::Testimonial(_), None) => return Err(AppError::Internal),
            (Row::Code(c), _) => repo::code(&mut tx, c, now).await?,
        };
        match outcome {
            Done::New { emailed } => {
                done.imported += 1;
                done.emailed += usize::from(emailed);
                if done.preview.len() < PREVIEW_ROWS {
                    done.preview.push(PreviewRow { line: *line, cells: row.preview() });
                }
            }
            Done::Again => done.already += 1,
            Done::Refused(reason) => done.refused.push(RefusedLine { line: *line, text: row.label(), reason }),
        }
    }
    if dry_run {
        drop(tx); // rolled back
    } else {
        tx.commit().await?;
    }
    Ok(done)
}

/// `/admin/import`: the last run's report (shown once), and the groups and code rewards rows may name.
#[server(endpoint = "imports/get_imports")]
pub async fn get_imports() -> Result<ImportsPage, AppError> {
    require_role(Role::Admin).await?;
    let state = app_state()?;
    let (groups, code_rewards) = crate::imports::repo::targets(&state.db).await?;
    let report = session().await?.remove::<ImportReport>(IMPORT_REPORT).await.map_err(session_err)?;
    Ok(ImportsPage { report, groups, code_rewards })
}
