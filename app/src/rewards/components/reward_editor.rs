use crate::common::html::textarea_text;
use crate::error::AppError;
use crate::{groups::components::GroupSelect, t, ui::Field};
use crate::{
    recognition::domain::Level,
    rewards::{api::SaveReward, domain::RewardKind, views::RewardAdmin},
};
use leptos::prelude::*;
use time::{macros::format_description, OffsetDateTime};

fn day(at: Option<i64>) -> String {
    at.and_then(|t| OffsetDateTime::from_unix_timestamp(t).ok())
        .and_then(|t| t.format(&format_description!("[year]-[month]-[day]")).ok())
        .unwrap_or_default()
}

/// The form that creates a reward (`current` is `None`) or edits one.
#[component]
pub fn RewardEditor(
    current: Option<RewardAdmin>,
    levels: Vec<Level>,
    groups: Vec<crate::groups::domain::GroupChoice>,
    save: ServerAction<SaveReward>,
) -> impl IntoView {
    let key = current.as_ref().map_or("new".to_string(), |r| r.id.to_string());
    let id = current.as_ref().map_or(0, |r| r.id);
    let r = current;
    let text = {
        let r = r.clone();
        move |f: fn(&RewardAdmin) -> String| r.as_ref().map(f).unwrap_or_default()
    };
    // Each field's control is built in its own closure, so each takes its value ready-made.
    let (title, description) = (text(|r| r.title.clone()), text(|r| r.description.clone()));
    let (cost, stock) = (text(|r| r.cost.to_string()), text(|r| r.stock.map(|s| s.to_string()).unwrap_or_default()));
    let per_user_limit = text(|r| r.per_user_limit.map(|s| s.to_string()).unwrap_or_default());
    let (starts_at, ends_at) = (text(|r| day(r.starts_at)), text(|r| day(r.ends_at)));
    let f = move |name: &str| format!("reward-{key}-{name}");
    let kind_now = r.as_ref().map(|r| r.kind);
    let level_now = r.as_ref().and_then(|r| r.min_level_id);
    let group_now = r.as_ref().and_then(|r| r.group_id);
    let group_now = groups.iter().find(|g| Some(g.id) == group_now).map(|g| g.slug.clone()).unwrap_or_default();
    let field_error = move |name: &'static str| Signal::derive(move || AppError::for_field(save.value().get(), name));
    view! {
        <ActionForm action=save attr:class="stacked-form reward-form">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="seen_stock" value=text(|r| r.stock.map(|s| s.to_string()).unwrap_or_default()) />
            <Field label=t!("rewards-field-title") id=f("title") error=field_error("title")>
                <input name="form[title]" value=title maxlength="100" required />
            </Field>
            <Field label=t!("rewards-field-description") id=f("description")>
                <textarea name="form[description]" rows="3" maxlength="2000">{textarea_text(description)}</textarea>
            </Field>
            <Field label=t!("rewards-field-kind") id=f("kind")>
                <select name="form[kind]">
                    {RewardKind::ALL.into_iter().map(|k| view! { <option value=k.as_str() selected=kind_now == Some(k)>{k.label()}</option> }).collect_view()}
                </select>
            </Field>
            <div class="field-row">
                <Field label=t!("rewards-field-cost") id=f("cost") class="narrow-field" error=field_error("cost")>
                    <input name="form[cost]" value=cost inputmode="numeric" required />
                </Field>
                <Field label=t!("rewards-field-stock") id=f("stock") class="narrow-field" error=field_error("stock")>
                    <input name="form[stock]" value=stock inputmode="numeric" />
                </Field>
                <Field label=t!("rewards-field-per-member") id=f("limit") class="narrow-field" error=field_error("per_user_limit")>
                    <input name="form[per_user_limit]" value=per_user_limit inputmode="numeric" />
                </Field>
            </div>
            <Field label=t!("rewards-field-level") id=f("level")>
                <select name="form[min_level_id]">
                    <option value="">{t!("rewards-field-level-anyone")}</option>
                    {levels.into_iter().map(|l| view! { <option value=l.id selected=level_now == Some(l.id)>{l.name}</option> }).collect_view()}
                </select>
            </Field>
            <GroupSelect name="form[group]" id=f("group") label=t!("rewards-who-sees") everyone=t!("rewards-everyone") current=group_now groups
                hint=t!("rewards-group-hint") error=field_error("group") />
            <div class="field-row">
                <Field label=t!("rewards-field-starts") id=f("starts") class="narrow-field" error=field_error("starts_at")>
                    <input type="date" name="form[starts_at]" value=starts_at />
                </Field>
                <Field label=t!("rewards-field-ends") id=f("ends") class="narrow-field" error=field_error("ends_at")>
                    <input type="date" name="form[ends_at]" value=ends_at />
                </Field>
            </div>
            <div class="field checkbox">
                <input id=f("active") type="checkbox" name="form[active]" value="on" checked=r.as_ref().is_none_or(|r| r.active) />
                <label for=f("active")>{t!("rewards-field-active")}</label>
            </div>
            <button type="submit" class="button">{if id == 0 { t!("rewards-create") } else { t!("rewards-save") }}</button>
        </ActionForm>
    }
}
