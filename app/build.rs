//! `sqlx::migrate!` embeds each migration with `include_str!`, so cargo notices a changed migration but not a
//! new one: watching the folders rebuilds the crate when a migration is added.
fn main() {
    println!("cargo:rerun-if-changed=../migrations/sqlite");
    println!("cargo:rerun-if-changed=../migrations/postgres");
}
