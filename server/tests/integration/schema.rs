//! The two folders of migrations build one schema: a fresh SQLite and a fresh PostgreSQL database, migrated,
//! have the same tables, columns (name, coarse type, nullability), primary keys, foreign keys, indexes (name,
//! table, columns, unique, partial), unique constraints and number of check constraints per table. Anything
//! else is a difference the dialects need, listed with its reason in `INTENDED`.

use crate::common::{fresh_database, Backend};
use app::db::Db;
use std::collections::{BTreeMap, BTreeSet};

/// Facts that hold on one backend only, on purpose: `(backend, fact, why)`. An entry `table T` (or
/// `virtual table T`) covers every fact about `T` on that backend.
const INTENDED: &[(&str, &str, &str)] = &[
    // Full-text search: each dialect uses its own engine (0003_forum_search).
    ("sqlite", "virtual table post_search", "SQLite searches posts with an FTS5 table kept by triggers"),
    ("postgres", "column posts.search_vector tsvector null", "PostgreSQL searches a generated tsvector instead"),
    ("postgres", "column topics.search_vector tsvector null", "the same for topic titles"),
    ("postgres", "partial index posts_search on posts (search_vector)", "the GIN index behind post search"),
    ("postgres", "index topics_search on topics (search_vector)", "the GIN index behind title search"),
    // The wall's index covers the filtered count (0014_story_indexes): PostgreSQL carries the extra columns
    // with INCLUDE, which SQLite does not have, so there they are trailing key columns.
    (
        "sqlite",
        "partial index stories_wall on stories (featured_at, approved_at, id, product_slug, rating, status, consent)",
        "SQLite has no INCLUDE: the covered columns are keys",
    ),
    (
        "postgres",
        "partial index stories_wall on stories (featured_at, approved_at, id) include (product_slug, rating)",
        "PostgreSQL includes the covered columns without sorting by them",
    ),
    // The member list's "last seen" order (0030_member_admin): PostgreSQL puts NULLs first in a descending
    // scan, so it needs an index declared DESC NULLS LAST; SQLite's index on last_seen_at (with the row id)
    // already reads that way backwards.
    (
        "postgres",
        "index users_last_seen_desc on users (last_seen_at, id)",
        "PostgreSQL needs NULLS LAST declared for the member list's last-seen order",
    ),
    // The member search looks for text anywhere in an address, handle or name (0030_member_admin): PostgreSQL
    // serves that LIKE '%…%' from trigram indexes (pg_trgm); SQLite has none and scans the accounts.
    ("postgres", "index users_email_trgm on users (email)", "trigram index for the member search"),
    ("postgres", "index users_handle_trgm on users (handle)", "trigram index for the member search"),
    ("postgres", "index users_name_trgm on users ((expression))", "trigram index for the member search"),
    // Tolerated, not designed: SQLite lets a PRIMARY KEY column that is not INTEGER hold NULL (a documented
    // legacy quirk), while PostgreSQL makes every key column NOT NULL. Nothing writes NULL there (rules are
    // written by name, the settings row by id = 1), and tightening it on SQLite means rebuilding the table,
    // which is a migration of its own.
    ("sqlite", "column point_rules.rule text null", "SQLite allows NULL in a TEXT PRIMARY KEY"),
    ("postgres", "column point_rules.rule text not null", "PostgreSQL key columns are NOT NULL"),
    ("sqlite", "column referral_settings.id integer null", "SQLite allows NULL in a BIGINT PRIMARY KEY"),
    ("postgres", "column referral_settings.id integer not null", "PostgreSQL key columns are NOT NULL"),
];

/// One thing a schema says, about one table.
type Fact = (String, String);

fn fact(table: &str, text: String) -> Fact {
    (table.to_string(), text)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_dialects_migrate_to_one_schema() {
    let (sqlite_url, _sqlite_guard) = fresh_database(Backend::Sqlite).await;
    let (pg_url, _pg_guard) = fresh_database(Backend::Postgres).await;
    let sqlite = match &migrated(&sqlite_url).await {
        Db::Sqlite(pool, _) => sqlite_facts(pool).await,
        Db::Postgres(_) => unreachable!("a sqlite:// URL opens SQLite"),
    };
    let postgres = match &migrated(&pg_url).await {
        Db::Postgres(pool) => postgres_facts(pool).await,
        Db::Sqlite(..) => unreachable!("a postgres:// URL opens PostgreSQL"),
    };
    let only = |backend: &'static str, these: &BTreeSet<Fact>, those: &BTreeSet<Fact>| {
        these.difference(those).map(move |(table, text)| (backend, table.clone(), text.clone())).collect::<Vec<_>>()
    };
    // Every kind of fact is read on both sides: two empty readings would agree with each other.
    for kind in ["table ", "column ", "primary key ", "foreign key ", "unique index ", "unique constraint ", " check "]
    {
        for (backend, facts) in [("sqlite", &sqlite), ("postgres", &postgres)] {
            assert!(facts.iter().any(|(_, text)| text.contains(kind)), "no {kind:?} read on {backend}");
        }
    }
    let found = [only("sqlite", &sqlite, &postgres), only("postgres", &postgres, &sqlite)].concat();
    let intended = |backend: &str, text: &str| INTENDED.iter().any(|(b, f, _)| *b == backend && *f == text);
    let unexpected: Vec<String> = found
        .iter()
        .filter(|(backend, table, text)| {
            !intended(backend, text)
                && !intended(backend, &format!("table {table}"))
                && !intended(backend, &format!("virtual table {table}"))
        })
        .map(|(backend, _, text)| format!("only on {backend}: {text}"))
        .collect();
    let stale: Vec<String> = INTENDED
        .iter()
        .filter(|(backend, text, _)| !found.iter().any(|(b, _, f)| b == backend && f == text))
        .map(|(backend, text, _)| format!("only on {backend}: {text}"))
        .collect();
    assert!(
        unexpected.is_empty() && stale.is_empty(),
        "the dialects' schemas differ where INTENDED does not say they may:\n  {}\n\
         INTENDED lists differences that are no longer there:\n  {}",
        unexpected.join("\n  "),
        stale.join("\n  ")
    );
}

async fn migrated(url: &str) -> Db {
    let db = Db::connect(url, 2).await.expect("connect");
    db.migrate().await.expect("migrate");
    db
}

/// Declared types by family: the dialects spell integers and text differently.
fn family(declared: &str) -> String {
    match declared.to_ascii_lowercase().as_str() {
        "integer" | "bigint" | "smallint" | "int" => "integer".to_string(),
        "text" => "text".to_string(),
        "" => "untyped".to_string(),
        other => other.to_string(),
    }
}

fn list(columns: &[String]) -> String {
    columns.join(", ")
}

/// The number of `CHECK (` clauses in SQLite's copy of a `CREATE TABLE`, outside comments and strings.
fn check_clauses(create_table: &str) -> usize {
    let mut code = String::new();
    let mut chars = create_table.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '-' if chars.peek() == Some(&'-') => {
                chars.by_ref().take_while(|c| *c != '\n').for_each(drop);
                code.push('\n');
            }
            '\'' => {
                chars.by_ref().take_while(|c| *c != '\'').for_each(drop);
                code.push_str("''");
            }
            c => code.push(c.to_ascii_lowercase()),
        }
    }
    let bytes = code.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    code.match_indices("check")
        .filter(|(at, _)| *at == 0 || !word(bytes[at - 1]))
        .filter(|(at, _)| code[at + 5..].trim_start().starts_with('('))
        .count()
}

async fn sqlite_facts(pool: &sqlx::SqlitePool) -> BTreeSet<Fact> {
    let mut facts = BTreeSet::new();
    // Shadow tables are where a virtual table keeps its data: they belong to it, not to the schema.
    let tables: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT l.name, l.type, m.sql FROM pragma_table_list l JOIN sqlite_master m ON m.name = l.name
         WHERE l.schema = 'main' AND l.type IN ('table', 'virtual')
           AND l.name NOT LIKE 'sqlite_%' AND l.name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    let mut primary_keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (table, kind, sql) in &tables {
        let kind = if kind == "virtual" { "virtual table" } else { "table" };
        facts.insert(fact(table, format!("{kind} {table}")));
        let checks = check_clauses(sql);
        if checks > 0 {
            facts.insert(fact(table, format!("{checks} check constraint(s) on {table}")));
        }
        let columns: Vec<(String, String, bool, i64)> =
            sqlx::query_as(r#"SELECT name, type, "notnull", pk FROM pragma_table_info($1) ORDER BY cid"#)
                .bind(table)
                .fetch_all(pool)
                .await
                .expect("columns");
        let mut pk: Vec<(i64, String)> = columns.iter().filter(|c| c.3 > 0).map(|c| (c.3, c.0.clone())).collect();
        pk.sort();
        let pk: Vec<String> = pk.into_iter().map(|(_, name)| name).collect();
        for (name, declared, not_null, _) in &columns {
            // An INTEGER PRIMARY KEY is the rowid, which is never null whatever the pragma says.
            let rowid = pk == [name.clone()] && declared.eq_ignore_ascii_case("integer");
            let null = if *not_null || rowid { "not null" } else { "null" };
            facts.insert(fact(table, format!("column {table}.{name} {} {null}", family(declared))));
        }
        if !pk.is_empty() {
            facts.insert(fact(table, format!("primary key of {table} ({})", list(&pk))));
        }
        primary_keys.insert(table.clone(), pk);
        let indexes: Vec<(String, bool, String, bool)> =
            sqlx::query_as(r#"SELECT name, "unique", origin, partial FROM pragma_index_list($1)"#)
                .bind(table)
                .fetch_all(pool)
                .await
                .expect("indexes");
        for (index, unique, origin, partial) in indexes {
            let columns: Vec<Option<String>> =
                sqlx::query_scalar("SELECT name FROM pragma_index_info($1) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(pool)
                    .await
                    .expect("index columns");
            let columns: Vec<String> =
                columns.into_iter().map(|c| c.unwrap_or_else(|| "(expression)".to_string())).collect();
            match origin.as_str() {
                "pk" => {}
                "u" => {
                    facts.insert(fact(table, format!("unique constraint on {table} ({})", list(&columns))));
                }
                _ => {
                    let kind = index_kind(unique, partial);
                    facts.insert(fact(table, format!("{kind} {index} on {table} ({})", list(&columns))));
                }
            }
        }
    }
    let foreign_keys: Vec<(String, i64, String, String, Option<String>, String)> = sqlx::query_as(
        r#"SELECT m.name, f.id, f."table", f."from", f."to", f.on_delete
           FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
           WHERE m.type = 'table' ORDER BY m.name, f.id, f.seq"#,
    )
    .fetch_all(pool)
    .await
    .expect("foreign keys");
    // SQLite lists a foreign key one row per column: gather them by table and key id.
    let mut grouped: BTreeMap<(String, i64), Reference> = BTreeMap::new();
    for (table, id, target, from, to, on_delete) in foreign_keys {
        let reference = grouped.entry((table, id)).or_insert_with(|| Reference {
            target: target.clone(),
            on_delete: on_delete.to_ascii_lowercase(),
            ..Reference::default()
        });
        reference.from.push(from);
        // A reference without columns names the target's primary key.
        reference.to.push(to.unwrap_or_else(|| primary_keys.get(&target).map(|pk| list(pk)).unwrap_or_default()));
    }
    for ((table, _), r) in grouped {
        let text = format!(
            "foreign key {table} ({}) -> {} ({}) on delete {}",
            list(&r.from),
            r.target,
            list(&r.to),
            r.on_delete
        );
        facts.insert(fact(&table, text));
    }
    facts
}

#[derive(Default)]
struct Reference {
    target: String,
    from: Vec<String>,
    to: Vec<String>,
    on_delete: String,
}

/// A row of `pg_constraint`, with its columns by name.
#[derive(sqlx::FromRow)]
struct PgConstraint {
    table_name: String,
    kind: String,
    columns: Vec<String>,
    target: Option<String>,
    target_columns: Vec<String>,
    on_delete: String,
}

/// A row of `pg_index`, with its key and included columns by name.
#[derive(sqlx::FromRow)]
struct PgIndex {
    name: String,
    table_name: String,
    unique: bool,
    partial: bool,
    columns: Vec<String>,
    included: Vec<String>,
}

fn index_kind(unique: bool, partial: bool) -> String {
    let unique = if unique { "unique " } else { "" };
    let partial = if partial { "partial " } else { "" };
    format!("{unique}{partial}index")
}

async fn postgres_facts(pool: &sqlx::PgPool) -> BTreeSet<Fact> {
    let mut facts = BTreeSet::new();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("tables");
    facts.extend(tables.iter().map(|t| fact(t, format!("table {t}"))));
    let columns: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .expect("columns");
    for (table, name, declared, nullable) in columns {
        let null = if nullable == "YES" { "null" } else { "not null" };
        facts.insert(fact(&table, format!("column {table}.{name} {} {null}", family(&declared))));
    }
    // Key columns by constraint, in the constraint's order.
    let constraints: Vec<PgConstraint> = sqlx::query_as(
        r#"SELECT c.conrelid::regclass::text AS table_name, c.contype::text AS kind,
                  ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o) AS columns,
                  CASE WHEN c.contype = 'f' THEN c.confrelid::regclass::text END AS target,
                  ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                        JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)
                    AS target_columns,
                  c.confdeltype::text AS on_delete
           FROM pg_constraint c
           WHERE c.connamespace = 'public'::regnamespace AND c.conrelid <> 0
             AND c.conrelid::regclass::text <> '_sqlx_migrations'"#,
    )
    .fetch_all(pool)
    .await
    .expect("constraints");
    let mut checks: BTreeMap<String, usize> = BTreeMap::new();
    for PgConstraint { table_name: table, kind, columns, target, target_columns: to, on_delete } in constraints {
        match kind.as_str() {
            "p" => {
                facts.insert(fact(&table, format!("primary key of {table} ({})", list(&columns))));
            }
            "u" => {
                facts.insert(fact(&table, format!("unique constraint on {table} ({})", list(&columns))));
            }
            "c" => *checks.entry(table).or_default() += 1,
            "f" => {
                let on_delete = match on_delete.as_str() {
                    "c" => "cascade",
                    "n" => "set null",
                    "d" => "set default",
                    "r" => "restrict",
                    _ => "no action",
                };
                let target = target.unwrap_or_default();
                let text = format!(
                    "foreign key {table} ({}) -> {target} ({}) on delete {on_delete}",
                    list(&columns),
                    list(&to)
                );
                facts.insert(fact(&table, text));
            }
            other => {
                facts.insert(fact(&table, format!("constraint of kind {other} on {table}")));
            }
        }
    }
    facts.extend(checks.into_iter().map(|(table, n)| fact(&table, format!("{n} check constraint(s) on {table}"))));
    // Indexes of their own, not the ones behind a primary key or unique constraint (compared above).
    let indexes: Vec<PgIndex> = sqlx::query_as(
        r#"SELECT i.relname::text AS name, t.relname::text AS table_name, ix.indisunique AS "unique",
                  ix.indpred IS NOT NULL AS partial,
                  ARRAY(SELECT COALESCE(a.attname::text, '(expression)')
                        FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(n, o)
                        LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n AND k.n <> 0
                        WHERE k.o <= ix.indnkeyatts ORDER BY k.o) AS columns,
                  ARRAY(SELECT a.attname::text
                        FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(n, o)
                        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n
                        WHERE k.o > ix.indnkeyatts ORDER BY k.o) AS included
           FROM pg_index ix
           JOIN pg_class i ON i.oid = ix.indexrelid
           JOIN pg_class t ON t.oid = ix.indrelid
           WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> '_sqlx_migrations'
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                             WHERE c.conindid = ix.indexrelid AND c.contype IN ('p', 'u', 'x'))"#,
    )
    .fetch_all(pool)
    .await
    .expect("indexes");
    for PgIndex { name, table_name: table, unique, partial, columns, included } in indexes {
        let included = if included.is_empty() { String::new() } else { format!(" include ({})", list(&included)) };
        let text = format!("{} {name} on {table} ({}){included}", index_kind(unique, partial), list(&columns));
        facts.insert(fact(&table, text));
    }
    facts
}

#[test]
fn check_clauses_are_counted_outside_comments_and_strings() {
    let sql = "CREATE TABLE t (
        a TEXT CHECK (a <> 'check (x)'), -- a check (in a comment)
        b BIGINT NOT NULL CHECK(b > 0),
        checked BIGINT,
        CONSTRAINT t_both CHECK (a IS NOT NULL OR b IS NOT NULL)
    )";
    assert_eq!(check_clauses(sql), 3);
}
