//! `chorus backup FILE` and `chorus restore FILE`: one tar archive holding a manifest, a consistent snapshot
//! of the database and every upload.
//!
//! The snapshot is taken while the portal serves: SQLite by `VACUUM INTO` (a read transaction: one consistent
//! copy, writers carry on), PostgreSQL by `pg_dump` (one snapshot, in its custom format). Uploads are copied
//! after the snapshot; they are written once under their content's hash and never changed, so every upload the
//! snapshot refers to is there (pictures nothing used may be swept meanwhile; none of those is referred to).
//!
//! A restore goes into an empty database only (nothing is overwritten), with the portal stopped; then pending
//! migrations are applied, so a backup from an older version comes up to date.

use crate::{cli::BackupArgs, cli::Cli, progress::Progress, CliError};
use app::{
    db::{Backend, Db},
    media::store::MediaStore,
};
use std::{
    fs::File,
    io::{Read, Write},
    path::{Path, PathBuf},
    process::Command,
};

const MANIFEST: &str = "chorus-backup.json";
const SQLITE_FILE: &str = "database.sqlite";
const PG_FILE: &str = "database.pgdump";
const UPLOADS: &str = "uploads/";
const FORMAT: i64 = 1;

pub async fn backup(cli: &Cli, args: &BackupArgs) -> Result<(), CliError> {
    if args.file.exists() {
        return Err(
            format!("{} exists already: name a new file, so no backup is overwritten", args.file.display()).into()
        );
    }
    let backend = Backend::from_url(&cli.database_url)?;
    if backend == Backend::Sqlite {
        let path = sqlite_file(&cli.database_url)?;
        if !path.exists() {
            return Err(format!("there is no database at {}: name the file the portal uses", path.display()).into());
        }
    }
    let store = MediaStore::open(&args.uploads_url)?;
    let work = tempfile_dir(&args.file)?;
    let result = write_backup(cli, args, backend, &store, &work).await;
    let _ = std::fs::remove_dir_all(&work);
    if result.is_err() {
        let _ = std::fs::remove_file(&args.file);
    }
    result
}

async fn write_backup(
    cli: &Cli,
    args: &BackupArgs,
    backend: Backend,
    store: &MediaStore,
    work: &Path,
) -> Result<(), CliError> {
    let started = std::time::Instant::now();
    let (name, snapshot) = match backend {
        Backend::Sqlite => {
            let path = work.join(SQLITE_FILE);
            let db = Db::connect(&cli.database_url, 1).await?;
            let sql = "VACUUM INTO $1";
            app::on_db!(&db, p => sqlx::query(sql).bind(path.display().to_string()).execute(p).await.map(|_| ()))
                .map_err(|e| format!("the SQLite snapshot failed: {e}"))?;
            db.close().await;
            (SQLITE_FILE, path)
        }
        Backend::Postgres => {
            let path = work.join(PG_FILE);
            let out = Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
                .arg(&path)
                .arg(&cli.database_url)
                .output()
                .map_err(|e| format!("pg_dump could not be run ({e}): install PostgreSQL's client tools (Debian: postgresql-client) of the server's version or newer"))?;
            if !out.status.success() {
                return Err(format!("pg_dump failed: {}", String::from_utf8_lossy(&out.stderr).trim()).into());
            }
            (PG_FILE, path)
        }
    };
    let keys = store.keys().await.map_err(|e| format!("cannot list the uploads in {}: {e}", store.describe))?;
    let file = File::create(&args.file).map_err(|e| format!("cannot write {}: {e}", args.file.display()))?;
    let mut tar = tar::Builder::new(file);
    let manifest = serde_json::json!({
        "format": FORMAT,
        "backend": match backend { Backend::Sqlite => "sqlite", Backend::Postgres => "postgres" },
        "database": name,
        "uploads": keys.len(),
        "created_at": app::db::now(),
        "chorus": env!("CARGO_PKG_VERSION"),
    });
    append(&mut tar, MANIFEST, manifest.to_string().as_bytes())?;
    tar.append_path_with_name(&snapshot, name)
        .map_err(|e| format!("cannot write the snapshot into the backup: {e}"))?;
    let mut progress = Progress::new("uploads", keys.len() as u64);
    for key in &keys {
        let bytes = store.get(key).await.map_err(|e| format!("cannot read upload {key}: {e}"))?;
        if let Some(bytes) = bytes {
            append(&mut tar, &format!("{UPLOADS}{key}"), &bytes)?;
        }
        progress.add(1);
    }
    progress.finish();
    let mut file = tar.into_inner().map_err(|e| format!("cannot finish {}: {e}", args.file.display()))?;
    file.flush().map_err(|e| e.to_string())?;
    file.sync_all().map_err(|e| format!("cannot write {} to disk: {e}", args.file.display()))?;
    let size = std::fs::metadata(&args.file).map(|m| m.len()).unwrap_or(0);
    println!(
        "Backup written to {}: the {} database and {} uploads, {} bytes, in {:.1} s.",
        args.file.display(),
        match backend {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        },
        keys.len(),
        size,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn append<W: Write>(tar: &mut tar::Builder<W>, name: &str, bytes: &[u8]) -> Result<(), CliError> {
    let mut header = tar::Header::new_gnu();
    header.set_size(bytes.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(u64::try_from(app::db::now()).unwrap_or(0));
    header.set_cksum();
    tar.append_data(&mut header, name, bytes).map_err(|e| format!("cannot write {name} into the backup: {e}").into())
}

pub async fn restore(cli: &Cli, args: &BackupArgs) -> Result<(), CliError> {
    let backend = Backend::from_url(&cli.database_url)?;
    let file = File::open(&args.file).map_err(|e| format!("cannot open {}: {e}", args.file.display()))?;
    let work = tempfile_dir(&args.file)?;
    let result = restore_from(cli, args, backend, file, &work).await;
    let _ = std::fs::remove_dir_all(&work);
    result
}

async fn restore_from(cli: &Cli, args: &BackupArgs, backend: Backend, file: File, work: &Path) -> Result<(), CliError> {
    // Unpacked first, whole: a truncated or foreign file is refused before anything is written.
    let mut archive = tar::Archive::new(file);
    let mut manifest = None;
    let mut uploads: Vec<(String, PathBuf)> = Vec::new();
    let not_a_backup =
        |e: std::io::Error| format!("{} is not a Chorus backup (or is damaged): {e}", args.file.display());
    for (i, entry) in archive.entries().map_err(not_a_backup)?.enumerate() {
        let mut entry = entry.map_err(not_a_backup)?;
        let name = entry.path().map_err(not_a_backup)?.display().to_string();
        if name.contains("..") || name.starts_with('/') {
            return Err(format!("{} holds an unsafe name {name:?}: not restored", args.file.display()).into());
        }
        let target = work.join(format!("entry-{i}"));
        let mut out = File::create(&target).map_err(|e| e.to_string())?;
        std::io::copy(&mut entry, &mut out).map_err(not_a_backup)?;
        if name == MANIFEST {
            let mut text = String::new();
            File::open(&target).and_then(|mut f| f.read_to_string(&mut text)).map_err(|e| e.to_string())?;
            manifest = Some(
                serde_json::from_str::<serde_json::Value>(&text)
                    .map_err(|e| format!("the backup's manifest is damaged: {e}"))?,
            );
            std::fs::remove_file(&target).ok();
        } else if let Some(key) = name.strip_prefix(UPLOADS) {
            uploads.push((key.to_string(), target));
        } else {
            std::fs::rename(&target, work.join(&name)).map_err(|e| e.to_string())?;
        }
    }
    let manifest =
        manifest.ok_or_else(|| format!("{} is not a Chorus backup: it has no {MANIFEST}", args.file.display()))?;
    if manifest["format"].as_i64() != Some(FORMAT) {
        return Err(format!(
            "{} is a backup format this version does not read ({})",
            args.file.display(),
            manifest["format"]
        )
        .into());
    }
    let made_on = manifest["backend"].as_str().unwrap_or("");
    let wanted = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    if made_on != wanted {
        return Err(format!(
            "{} holds a {made_on} database and --database-url names {wanted}: restore it into the same kind of database",
            args.file.display()
        )
        .into());
    }

    let db = Db::connect(&cli.database_url, 1).await?;
    let tables: i64 = match backend {
        Backend::Sqlite => app::on_db!(&db, p => sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetch_one(p).await),
        Backend::Postgres => app::on_db!(&db, p => sqlx::query_scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'").fetch_one(p).await),
    }
    .map_err(|e| format!("cannot read the target database: {e}"))?;
    if tables > 0 {
        db.close().await;
        return Err(format!(
            "{} is not empty ({tables} tables): a restore goes into an empty database only, so nothing is overwritten",
            app::db::redact(&cli.database_url)
        )
        .into());
    }
    let store = MediaStore::open(&args.uploads_url)?;
    match backend {
        Backend::Sqlite => {
            let target = sqlite_file(&cli.database_url)?;
            db.close().await;
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
            }
            std::fs::copy(work.join(SQLITE_FILE), &target)
                .map_err(|e| format!("cannot write the database to {}: {e}", target.display()))?;
        }
        Backend::Postgres => {
            db.close().await;
            let out = Command::new("pg_restore")
                .args(["--no-owner", "--no-privileges", "--exit-on-error", "--dbname"])
                .arg(&cli.database_url)
                .arg(work.join(PG_FILE))
                .output()
                .map_err(|e| format!("pg_restore could not be run ({e}): install PostgreSQL's client tools (Debian: postgresql-client)"))?;
            if !out.status.success() {
                return Err(format!("pg_restore failed: {}", String::from_utf8_lossy(&out.stderr).trim()).into());
            }
        }
    }
    let mut progress = Progress::new("uploads", uploads.len() as u64);
    for (key, path) in &uploads {
        let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
        store.put(key, bytes).await.map_err(|e| format!("cannot write upload {key} to {}: {e}", store.describe))?;
        progress.add(1);
    }
    progress.finish();
    let db = crate::database::open(&cli.database_url, 2).await?;
    crate::sessions::Store::new(&db).migrate().await.map_err(|e| format!("cannot create the session table: {e}"))?;
    let members: i64 = app::on_db!(&db, p => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(p).await)?;
    db.close().await;
    println!(
        "Restored {} into {}: {members} accounts and {} uploads (into {}); migrations applied.",
        args.file.display(),
        app::db::redact(&cli.database_url),
        uploads.len(),
        store.describe
    );
    Ok(())
}

/// A private working folder beside `file` (same disk, so large snapshots are not copied across disks).
fn tempfile_dir(file: &Path) -> Result<PathBuf, CliError> {
    let parent = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let dir = parent.join(format!(".chorus-backup-{}-{}", std::process::id(), app::db::now()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot make a working folder in {}: {e}", parent.display()))?;
    Ok(dir)
}

/// The file a `sqlite:` URL names.
fn sqlite_file(url: &str) -> Result<PathBuf, CliError> {
    use std::str::FromStr;
    let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)
        .map_err(|e| format!("--database-url {}: {e}", app::db::redact(url)))?;
    Ok(options.get_filename().to_path_buf())
}
