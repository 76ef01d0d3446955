//! Opening the database for every command: connect, then migrate.

use crate::CliError;
use app::db::Db;

/// Connects and applies migrations; any failure stops start-up with a message naming it.
pub async fn open(url: &str, max_connections: u32) -> Result<Db, CliError> {
    let db = Db::connect(url, max_connections).await?;
    db.migrate().await?;
    Ok(db)
}
