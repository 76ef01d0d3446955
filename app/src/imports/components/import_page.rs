use crate::{
    accounts::{components::RequireRole, domain::Role},
    common::text::thousands,
    imports::{
        api::get_imports,
        domain::{ImportReport, Kind, MAX_ROWS},
        views::ImportsPage,
    },
    ui::{RefusedLines, StatusTabs, Tab},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/import` (admins only): one tab per kind of import, each with the columns it reads, a plain upload
/// form (works without JavaScript) that previews or imports, and the last run's report.
#[component]
pub fn ImportPage() -> impl IntoView {
    let query = use_query_map();
    let kind = move || query.read().get("kind").and_then(|k| Kind::parse(&k)).unwrap_or_default();
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let data = Resource::new(kind, |_| get_imports());
    view! {
        <Title text="Import" />
        <RequireRole role=Role::Admin>
            <h1>"Import"</h1>
            <p>
                "Bring a programme in from spreadsheets (CSV, first line naming the columns). Import the members first: "
                "balances and testimonials find their member by email address. Preview tries every line and changes nothing; "
                "lines imported before are skipped, so an import that stopped part-way is finished by sending the file again."
            </p>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => Either::Left(view! { <Imports page kind=kind() /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Imports(page: ImportsPage, kind: Kind) -> impl IntoView {
    let tabs = Kind::ALL
        .into_iter()
        .map(|k| Tab::new(k.title(), format!("/admin/import?kind={}", k.as_str()), k == kind))
        .collect();
    let hint = match kind {
        Kind::Members if page.groups.is_empty() => {
            Some("There are no groups yet: rows that name a group are refused until it exists.".to_string())
        }
        Kind::Members => Some(format!(
            "Groups: {}.",
            page.groups.iter().map(|(slug, name)| format!("{slug} ({name})")).collect::<Vec<_>>().join(", ")
        )),
        Kind::Codes if page.code_rewards.is_empty() => {
            Some("There is no discount-code reward yet: create one under Rewards first.".to_string())
        }
        Kind::Codes => Some(format!("Discount-code rewards: {}.", page.code_rewards.join(", "))),
        Kind::Balances => Some(
            "Each balance is one row in the member's points history, with its reason; it counts towards levels like points earned."
                .to_string(),
        ),
        Kind::Testimonials => Some(
            "Each becomes the author's story, approved (and featured when the row says so) as it was where it comes from; the consent decides where it shows. No points are paid."
                .to_string(),
        ),
    };
    view! {
        <StatusTabs label="What to import" tabs />
        {page.report.map(|r| view! { <Report r /> })}
        <section class="panel" aria-labelledby="import-form-title">
            <h2 id="import-form-title">{kind.title()}</h2>
            <div class="table-scroll">
                <table class="data" id="import-columns">
                    <caption>"Columns"</caption>
                    <thead><tr><th scope="col">"Column"</th><th scope="col">"Needed"</th><th scope="col">"What it holds"</th></tr></thead>
                    <tbody>
                        {kind.columns().iter().map(|c| view! {
                            <tr>
                                <td><code>{c.name}</code></td>
                                <td>{if c.required { "yes" } else { "no" }}</td>
                                <td>{c.about}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {hint.map(|h| view! { <p class="hint">{h}</p> })}
            <p id="import-format" class="hint">
                {format!("Up to {} rows at once; columns in any order. A cell holding a comma is quoted.", thousands(MAX_ROWS as i64))}
            </p>
            <form method="post" action="/admin/import/upload" enctype="multipart/form-data" aria-labelledby="import-form-title">
                <input type="hidden" name="kind" value=kind.as_str() />
                <div class="field">
                    <label for="field-import-rows">"Paste rows"</label>
                    <textarea id="field-import-rows" name="csv" rows="6" aria-describedby="import-format" placeholder=kind.example()></textarea>
                </div>
                <div class="field">
                    <label for="field-import-file">"Or choose a CSV file"</label>
                    <input id="field-import-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="import-format" />
                </div>
                {(kind == Kind::Members).then(|| view! {
                    <div class="field checkbox">
                        <input id="field-import-welcome" type="checkbox" name="welcome" value="1" />
                        <label for="field-import-welcome">"Email each new member that their account is ready, with a link to choose a password"</label>
                    </div>
                })}
                <div class="actions">
                    <button type="submit" class="button secondary" name="mode" value="preview">"Preview"</button>
                    <button type="submit" class="button" name="mode" value="import">{format!("Import {}", kind.plural())}</button>
                </div>
            </form>
        </section>
    }
}

/// What the last run did (or, for a preview, would do).
#[component]
fn Report(r: ImportReport) -> impl IntoView {
    let whole_file = r.read == 0;
    let heading = if whole_file {
        "The file was refused: nothing was imported".to_string()
    } else if r.dry_run {
        format!("Preview of {}: nothing was imported", r.kind.title().to_lowercase())
    } else if r.stopped {
        format!("{}: the import stopped part-way", r.kind.title())
    } else {
        format!("{} imported", r.kind.title())
    };
    let class = match (r.refused_total, r.stopped) {
        (_, true) => "alert error",
        (0, false) => "alert ok",
        _ => "alert info",
    };
    let more = (r.refused_total - r.refused.len()) as i64;
    let summary = r.summary();
    let caption = if r.dry_run { "The first rows that would be imported" } else { "The first rows imported" };
    let preview = (!r.preview.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
                <table class="data">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">"Line"</th>
                        {r.kind.preview_headings().iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {r.preview.into_iter().map(|p| view! {
                            <tr>
                                <td>{p.line}</td>
                                {p.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="batch-report" id="import-report" aria-labelledby="import-report-title">
            <h2 id="import-report-title">{heading}</h2>
            {(!whole_file).then(|| view! { <p class=class role="status">{summary}</p> })}
            {preview}
            <RefusedLines refused=r.refused more what="Row" />
        </section>
    }
}
