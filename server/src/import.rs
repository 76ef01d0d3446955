//! `chorus import KIND FILE --as ADMIN`: the admin page's import from the command line, with a progress bar,
//! for files too large to upload or imports run from a script.

use crate::{
    cli::{Cli, ImportArgs, ImportKind},
    database,
    progress::Progress,
    CliError,
};
use app::{
    accounts::{domain::Email, domain::Role, repo},
    imports::{
        api::{run as import, Context},
        domain::{Kind, Options},
    },
    markdown::Renderer,
    state::MailSettings,
};

pub async fn run(cli: &Cli, args: &ImportArgs) -> Result<(), CliError> {
    let kind = match args.kind {
        ImportKind::Members => Kind::Members,
        ImportKind::Balances => Kind::Balances,
        ImportKind::Testimonials => Kind::Testimonials,
        ImportKind::Codes => Kind::Codes,
    };
    let email = Email::parse(&args.admin).map_err(|e| format!("--as: {}", e.message))?;
    let mail = match &args.welcome_origin {
        None => None,
        Some(_) if kind != Kind::Members => return Err("--welcome-origin is for importing members only".into()),
        Some(raw) => Some(MailSettings {
            origin: crate::serve::parse_public_origin(raw)
                .map_err(|e| e.replace("--public-origin", "--welcome-origin"))?,
            // As the serving nodes do: without an SMTP server the emails are kept for /admin/mail.
            delivers: args.smtp_url.is_some(),
            ..MailSettings::default()
        }),
    };
    let bytes = std::fs::read(&args.file).map_err(|e| format!("cannot read {}: {e}", args.file.display()))?;
    let db = database::open(&cli.database_url, 2).await?;
    let admin = match repo::credentials_by_email(&db, &email).await? {
        Some(c) => repo::user_by_id(&db, c.id).await?.map(|(user, _, _)| user),
        None => None,
    };
    let admin = match admin {
        Some(user) if user.role.allows(Role::Admin) => user,
        Some(_) => return Err(format!("--as: {email} is not an admin").into()),
        None => return Err(format!("--as: no account has the address {email}").into()),
    };
    let renderer = Renderer::new(1);
    let ctx = Context { db: &db, renderer: &renderer, mail: mail.as_ref() };
    let rows = rough_rows(&bytes);
    let mut progress = Progress::new(kind.plural(), rows);
    let result = import(
        &ctx,
        &admin,
        kind,
        &bytes,
        Options { dry_run: args.dry_run, welcome: mail.is_some() },
        &mut |n: usize| progress.add(n as u64),
    )
    .await;
    progress.finish();
    db.close().await;
    let report = result.map_err(|e| match e {
        app::error::AppError::Validation { message, .. } => message,
        other => other.to_string(),
    })?;
    for r in &report.refused {
        println!(
            "line {}: {}{}",
            r.line,
            if r.text.is_empty() { String::new() } else { format!("{}: ", r.text) },
            r.reason
        );
    }
    let preview = if args.dry_run { " (dry run: nothing was kept)" } else { "" };
    println!("{}{preview}", report.summary());
    if report.stopped {
        return Err("the import stopped part-way (see the line above); run it again to finish".into());
    }
    Ok(())
}

/// The data lines in the file, for the progress bar's length (a cell holding a line break makes it a little
/// long; the bar then ends short of full, which the final line's count corrects).
fn rough_rows(bytes: &[u8]) -> u64 {
    bytes.split(|b| *b == b'\n').filter(|l| l.iter().any(|b| !b.is_ascii_whitespace())).count().saturating_sub(1) as u64
}
