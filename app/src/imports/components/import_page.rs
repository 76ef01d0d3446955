use crate::{
    accounts::{components::RequireRole, domain::Role},
    imports::{
        api::get_imports,
        domain::{ImportReport, Kind, MAX_ROWS},
        views::ImportsPage,
    },
    t,
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
        <Title text=t!("imports-title") />
        <RequireRole role=Role::Admin>
            <h1>{t!("imports-title")}</h1>
            <p>{t!("imports-intro")}</p>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
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
        Kind::Members if page.groups.is_empty() => t!("imports-hint-no-groups"),
        Kind::Members => t!(
            "imports-hint-groups",
            groups = page.groups.iter().map(|(slug, name)| format!("{slug} ({name})")).collect::<Vec<_>>().join(", ")
        ),
        Kind::Codes if page.code_rewards.is_empty() => t!("imports-hint-no-code-rewards"),
        Kind::Codes => t!("imports-hint-code-rewards", rewards = page.code_rewards.join(", ")),
        Kind::Balances => t!("imports-hint-balances"),
        Kind::Testimonials => t!("imports-hint-testimonials"),
    };
    view! {
        <StatusTabs label=t!("imports-what-tabs") tabs />
        {page.report.map(|r| view! { <Report r /> })}
        <section class="panel" aria-labelledby="import-form-title">
            <h2 id="import-form-title">{kind.title()}</h2>
            <div class="table-scroll">
                <table class="data" id="import-columns">
                    <caption>{t!("imports-columns")}</caption>
                    <thead><tr><th scope="col">{t!("imports-col-column")}</th><th scope="col">{t!("imports-col-needed")}</th><th scope="col">{t!("imports-col-holds")}</th></tr></thead>
                    <tbody>
                        {kind.columns().iter().map(|c| view! {
                            <tr>
                                <td><code>{c.name}</code></td>
                                <td>{if c.required { t!("imports-yes") } else { t!("imports-no") }}</td>
                                <td>{(c.about)()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">{hint}</p>
            <p id="import-format" class="hint">
                {t!("imports-format", max = MAX_ROWS)}
            </p>
            <form method="post" action="/admin/import/upload" enctype="multipart/form-data" aria-labelledby="import-form-title">
                <input type="hidden" name="kind" value=kind.as_str() />
                <div class="field">
                    <label for="field-import-rows">{t!("imports-paste")}</label>
                    <textarea id="field-import-rows" name="csv" rows="6" aria-describedby="import-format" placeholder=kind.example()></textarea>
                </div>
                <div class="field">
                    <label for="field-import-file">{t!("imports-file")}</label>
                    <input id="field-import-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="import-format" />
                </div>
                {(kind == Kind::Members).then(|| view! {
                    <div class="field checkbox">
                        <input id="field-import-welcome" type="checkbox" name="welcome" value="1" />
                        <label for="field-import-welcome">{t!("imports-welcome")}</label>
                    </div>
                })}
                <div class="actions">
                    <button type="submit" class="button secondary" name="mode" value="preview">{t!("imports-preview")}</button>
                    <button type="submit" class="button" name="mode" value="import">{kind.action()}</button>
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
        t!("imports-refused-whole")
    } else if r.dry_run {
        t!("imports-preview-heading", kind = r.kind.as_str())
    } else if r.stopped {
        t!("imports-stopped-heading", title = r.kind.title())
    } else {
        t!("imports-done-heading", title = r.kind.title())
    };
    let class = match (r.refused_total, r.stopped) {
        (_, true) => "alert error",
        (0, false) => "alert ok",
        _ => "alert info",
    };
    let more = (r.refused_total - r.refused.len()) as i64;
    let summary = r.summary();
    let caption = if r.dry_run { t!("imports-first-rows-preview") } else { t!("imports-first-rows") };
    let preview = (!r.preview.is_empty()).then(|| {
        view! {
            <div class="table-scroll">
                <table class="data">
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{t!("imports-line")}</th>
                        {r.kind.preview_headings().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
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
            <RefusedLines refused=r.refused more what=t!("imports-refused-row") />
        </section>
    }
}
