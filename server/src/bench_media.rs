//! `chorus bench-media` (server/benches/media.sh): how long one 12-megapixel JPEG takes to check, decode,
//! fit and re-encode, as an upload does; then, with `--serve-setup`, stores one picture in the upload store
//! and the database, and copies the same bytes into the site root, so the script can load `/media/` and the
//! static file service with the same file.

use crate::{
    cli::{BenchMediaArgs, Cli},
    database, CliError,
};
use app::media::{domain::MediaKind, process::process, repo, samples::photo, store::MediaStore};
use std::time::Instant;

pub async fn run(cli: &Cli, args: &BenchMediaArgs) -> Result<(), CliError> {
    let (width, height) = (4000, 3000);
    let original = photo(width, height);
    println!("input: a {width} × {height} JPEG ({} MP), {} KB", width * height / 1_000_000, original.len() / 1024);
    let mut times = Vec::new();
    let mut stored = None;
    for _ in 0..args.rounds {
        let started = Instant::now();
        let done = process(MediaKind::Post, &original).map_err(|e| e.message())?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        stored = Some(done);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let picture = stored.ok_or("no rounds were run")?;
    println!(
        "processing (post picture, fitted to {} × {}, {} KB out): median {median:.0} ms, best {:.0} ms, worst {:.0} ms over {} rounds",
        picture.width,
        picture.height,
        picture.main.len() / 1024,
        times[0],
        times[times.len() - 1],
        times.len()
    );
    if let Some(site_root) = &args.serve_setup {
        let db = database::open(&cli.database_url, cli.db_max_connections).await?;
        let store = MediaStore::open(&args.uploads_url)?;
        let key = format!("{}.{}", picture.hash, picture.ext.as_str());
        store.put(&key, picture.main.clone()).await.map_err(|e| format!("upload store: {e}"))?;
        let mut tx = db.begin_write().await?;
        let owner: i64 = app::on_tx!(&mut tx, c => sqlx::query_scalar("SELECT MIN(id) FROM users").fetch_one(c).await)?;
        repo::record(&mut tx, &picture, owner, app::db::now()).await?;
        tx.commit().await?;
        std::fs::write(site_root.join("bench-picture.jpg"), &picture.main)
            .map_err(|e| format!("cannot write into the site root: {e}"))?;
        println!("media: /media/{key}");
    }
    Ok(())
}
