//! `chorus`: the command-line entry point.

use clap::Parser;
use server::cli::{Cli, Command};
use std::process::ExitCode;

/// mimalloc instead of the C library's allocator: a page render makes thousands of small allocations from
/// several threads at once, and glibc's malloc/free took over a quarter of the topic page's time under load
/// (perf); the topic page does 60 % more requests a second with it (docs/PERFORMANCE.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    server::telemetry::init(cli.log_format);
    let result = match &cli.command {
        Command::Serve(args) => server::serve::run(&cli, args).await,
        Command::Migrate => server::commands::migrate(&cli).await,
        Command::Backup(args) => server::backup::backup(&cli, args).await,
        Command::Restore(args) => server::backup::restore(&cli, args).await,
        Command::Import(args) => server::import::run(&cli, args).await,
        Command::Seed(args) => server::seed::run(&cli, args).await,
        Command::CreateAdmin(args) => server::commands::create_admin(&cli, args).await,
        Command::BenchBaseline { addr } => server::baseline::run(&cli.database_url, *addr).await,
        Command::BenchMail(args) => server::bench_mail::run(&cli, args).await,
        Command::BenchMedia(args) => server::bench_media::run(&cli, args).await,
        Command::BenchPrivacy(args) => server::bench_privacy::run(&cli, args).await,
        Command::BenchSite(args) => server::bench_site::run(&cli, args).await,
        Command::BenchMembers(args) => server::bench_members::run(&cli, args).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chorus: {e:#}");
            ExitCode::FAILURE
        }
    }
}
