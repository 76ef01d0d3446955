use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    recognition::{
        api::{get_points_settings, AdjustPoints, SaveLevel, SaveRule},
        domain::{Level, RuleSetting},
        views::PointsSettings,
    },
    t,
    ui::{last_error, Field, FormAlert},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;

/// `/admin/points`: what each contribution earns, the levels, and manual adjustments (admins only).
#[component]
pub fn PointsAdminPage() -> impl IntoView {
    let rule = server_action::<SaveRule>();
    let level = server_action::<SaveLevel>();
    let adjust = server_action::<AdjustPoints>();
    let data = Resource::new(
        move || (rule.version().get(), level.version().get(), adjust.version().get()),
        |_| get_points_settings(),
    );
    view! {
        <Title text=t!("recognition-points") />
        <RequireRole role=Role::Admin>
            <h1>{t!("recognition-points")}</h1>
            <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(s) => Either::Left(view! { <Settings s rule level adjust /> }),
                        Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
fn Settings(
    s: PointsSettings,
    rule: ServerAction<SaveRule>,
    level: ServerAction<SaveLevel>,
    adjust: ServerAction<AdjustPoints>,
) -> impl IntoView {
    let done = move || {
        adjust.value().get().and_then(|r| r.ok()).map(|n| {
            let done = t!("recognition-adjusted", amount = format!("{n:+}"), count = n.abs());
            view! { <div class="alert ok" role="status">{done}</div> }
        })
    };
    view! {
        <section class="panel" aria-labelledby="rules-title">
            <h2 id="rules-title">{t!("recognition-rules-title")}</h2>
            <p>{t!("recognition-rules-intro")}</p>
            <FormAlert error=last_error(rule.value()) />
            <table class="rules">
                <thead><tr>
                    <th scope="col">{t!("recognition-col-contribution")}</th><th scope="col">{t!("recognition-points")}</th>
                    <th scope="col">{t!("recognition-col-daily-cap")}</th><th scope="col">{t!("recognition-col-on")}</th>
                    <th scope="col"><span class="visually-hidden">{t!("recognition-save")}</span></th>
                </tr></thead>
                <tbody>{s.rules.into_iter().map(|r| view! { <RuleRow r rule /> }).collect_view()}</tbody>
            </table>
        </section>
        <section class="panel" aria-labelledby="levels-title">
            <h2 id="levels-title">{t!("recognition-levels-title")}</h2>
            <p>{t!("recognition-levels-intro")}</p>
            <FormAlert error=last_error(level.value()) />
            {s.levels.into_iter().map(|l| view! { <LevelForm l=Some(l) level /> }).collect_view()}
            <h3>{t!("recognition-level-add-title")}</h3>
            <LevelForm l=None level />
        </section>
        <section class="panel" aria-labelledby="adjust-title">
            <h2 id="adjust-title">{t!("recognition-adjust-title")}</h2>
            <p>{t!("recognition-adjust-intro")}</p>
            <FormAlert error=last_error(adjust.value()) />
            {done}
            <ActionForm action=adjust attr:class="stacked-form">
                <input type="hidden" name="key" value=s.form_key />
                <Field label=t!("recognition-adjust-member") id="adjust-member">
                    <input name="member" required />
                </Field>
                <Field label=t!("recognition-adjust-amount") id="adjust-amount" class="narrow-field">
                    <input name="amount" inputmode="numeric" required />
                </Field>
                <Field label=t!("recognition-adjust-reason") id="adjust-reason">
                    <input name="reason" maxlength="300" required />
                </Field>
                <button type="submit" class="button">{t!("recognition-adjust")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn RuleRow(r: RuleSetting, rule: ServerAction<SaveRule>) -> impl IntoView {
    let name = r.rule.as_str();
    let form = format!("rule-{name}");
    let id = move |f: &str| format!("rule-{name}-{f}");
    view! {
        <tr>
            <th scope="row">
                {r.rule.label()}
                {(r.rule == crate::recognition::domain::Rule::Challenge).then(|| view! {
                    <span class="hint">{format!(" — {}", t!("recognition-rule-challenge-hint"))}</span>
                })}
            </th>
            <td><input form=form.clone() id=id("amount") name="amount" value=r.amount inputmode="numeric" aria-label=t!("recognition-points") required /></td>
            <td><input form=form.clone() id=id("cap") name="daily_cap" value=r.daily_cap.map(|c| c.to_string()).unwrap_or_default() inputmode="numeric" aria-label=t!("recognition-daily-cap-input") /></td>
            <td><input form=form.clone() type="checkbox" id=id("on") name="enabled" value="on" checked=r.enabled aria-label=t!("recognition-col-on") /></td>
            <td>
                <ActionForm action=rule attr:id=form>
                    <input type="hidden" name="rule" value=name />
                    <button type="submit" class="button small">{t!("recognition-save")}</button>
                </ActionForm>
            </td>
        </tr>
    }
}

#[component]
fn LevelForm(l: Option<Level>, level: ServerAction<SaveLevel>) -> impl IntoView {
    let (id, name, threshold) =
        l.map_or((0, String::new(), String::new()), |l| (l.id, l.name, l.threshold.to_string()));
    let field = move |f: &str| format!("level-{id}-{f}");
    view! {
        <ActionForm action=level attr:class="inline-form level-form">
            <input type="hidden" name="id" value=id />
            <label for=field("name")>{t!("recognition-name")}</label>
            <input id=field("name") name="name" value=name maxlength="40" required />
            <label for=field("threshold")>{t!("recognition-level-from")}</label>
            <input id=field("threshold") name="threshold" value=threshold inputmode="numeric" required />
            <button type="submit" class="button small">{if id == 0 { t!("recognition-add") } else { t!("recognition-save") }}</button>
        </ActionForm>
    }
}
