//! `chorus migrate` and `chorus create-admin`.

use crate::{
    cli::{Cli, CreateAdminArgs},
    database, CliError,
};
use app::accounts::{
    domain::{DisplayName, Email, NewPassword, Role},
    passwords::Passwords,
    repo,
};
use std::io::{BufRead, IsTerminal};

pub async fn migrate(cli: &Cli) -> Result<(), CliError> {
    let db = database::open(&cli.database_url, 2).await?;
    crate::sessions::Store::new(&db).migrate().await.map_err(|e| format!("cannot create the session table: {e}"))?;
    println!("Migrations applied to {}.", app::db::redact(&cli.database_url));
    db.close().await;
    Ok(())
}

/// Creates an admin account, or, only when asked with `--promote-existing`, makes the account with that email
/// an admin. Promotion is never silent: an operator who mistyped an email would otherwise hand admin rights to
/// whoever owns it while believing they had set a password. The password comes from standard input (first
/// line) or a hidden prompt, so it never shows in shell history or the process list.
pub async fn create_admin(cli: &Cli, args: &CreateAdminArgs) -> Result<(), CliError> {
    let email = Email::parse(&args.email).map_err(|e| format!("--email: {}", e.message))?;
    let name = DisplayName::parse(&args.display_name).map_err(|e| format!("--display-name: {}", e.message))?;
    let db = database::open(&cli.database_url, 2).await?;

    let exists = repo::credentials_by_email(&db, &email).await?.is_some();
    if exists {
        if !args.promote_existing {
            db.close().await;
            return Err(format!(
                "{email} already has an account; run again with --promote-existing to make it an admin \
                 (its password stays unchanged)"
            )
            .into());
        }
        let mut tx = db.begin_write().await?;
        repo::set_role(&mut tx, &email, Role::Admin).await?;
        let reopened = repo::allow_passwords(&mut tx).await?;
        tx.commit().await?;
        break_glass_said(reopened);
        db.close().await;
        // The audit log needs an acting account (audit_log.actor_id is NOT NULL), and the command line has
        // none: the promotion is logged here instead.
        tracing::warn!(email = %email, "existing account promoted to admin from the command line");
        println!("{email} already had an account and is now an admin; its password is unchanged.");
        return Ok(());
    }

    let password = read_password()?;
    let password = NewPassword::parse(&password, "password", &[email.as_str(), name.as_str()])
        .map_err(|e| format!("password: {}", e.message))?;
    let hash = Passwords::new(1)?.hash(password.expose().to_string()).await.map_err(|e| e.to_string())?;
    let mut tx = db.begin_write().await?;
    repo::insert_user(&mut tx, &email, &name, &hash, Role::Admin, true).await?;
    let reopened = repo::allow_passwords(&mut tx).await?;
    tx.commit().await?;
    break_glass_said(reopened);
    db.close().await;
    println!("Admin {email} created. Sign in at /sign-in.");
    Ok(())
}

/// Says so when creating an admin turned password sign-in back on (an admin locked out of their provider).
fn break_glass_said(reopened: bool) {
    if reopened {
        tracing::warn!("password sign-in turned back on for everyone from the command line");
        println!("Password sign-in was off; it is on again for everyone (turn it off at /admin/sso when the provider works).");
    }
}

fn read_password() -> Result<String, CliError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let first = rpassword::prompt_password("Password for the new admin (at least 10 characters): ")?;
        let again = rpassword::prompt_password("Type it again: ")?;
        if first != again {
            return Err("the two passwords differ; nothing was created".into());
        }
        Ok(first)
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        let password = line.trim_end_matches(['\n', '\r']).to_string();
        if password.is_empty() {
            return Err("no password on standard input: pipe it in, e.g. `printf '%s\\n' \"$PW\" | chorus create-admin --email …`".into());
        }
        Ok(password)
    }
}
