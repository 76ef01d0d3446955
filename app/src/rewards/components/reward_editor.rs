use crate::common::html::textarea_text;
use crate::error::AppError;
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
pub fn RewardEditor(current: Option<RewardAdmin>, levels: Vec<Level>, save: ServerAction<SaveReward>) -> impl IntoView {
    let key = current.as_ref().map_or("new".to_string(), |r| r.id.to_string());
    let id = current.as_ref().map_or(0, |r| r.id);
    let r = current;
    let text = {
        let r = r.clone();
        move |f: fn(&RewardAdmin) -> String| r.as_ref().map(f).unwrap_or_default()
    };
    let f = move |name: &str| format!("reward-{key}-{name}");
    let kind_now = r.as_ref().map(|r| r.kind);
    let level_now = r.as_ref().and_then(|r| r.min_level_id);
    let field_error = move |name: &'static str| move || AppError::for_field(save.value().get(), name);
    view! {
        <ActionForm action=save attr:class="stacked-form reward-form">
            <input type="hidden" name="id" value=id />
            <input type="hidden" name="seen_stock" value=text(|r| r.stock.map(|s| s.to_string()).unwrap_or_default()) />
            <div class="field">
                <label for=f("title")>"Title"</label>
                <input id=f("title") name="form[title]" value=text(|r| r.title.clone()) maxlength="100" required />
                <p class="error" role="alert">{field_error("title")}</p>
            </div>
            <div class="field">
                <label for=f("description")>"Description"</label>
                <textarea id=f("description") name="form[description]" rows="3" maxlength="2000">{textarea_text(text(|r| r.description.clone()))}</textarea>
            </div>
            <div class="field">
                <label for=f("image")>"Image address (https:// or /path, optional)"</label>
                <input id=f("image") name="form[image_url]" value=text(|r| r.image_url.clone().unwrap_or_default()) />
                <p class="error" role="alert">{field_error("image_url")}</p>
            </div>
            <div class="field">
                <label for=f("kind")>"Kind"</label>
                <select id=f("kind") name="form[kind]">
                    {RewardKind::ALL.into_iter().map(|k| view! { <option value=k.as_str() selected=kind_now == Some(k)>{k.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field-row">
                <div class="field narrow-field">
                    <label for=f("cost")>"Cost in points"</label>
                    <input id=f("cost") name="form[cost]" value=text(|r| r.cost.to_string()) inputmode="numeric" required />
                    <p class="error" role="alert">{field_error("cost")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("stock")>"Stock (empty: unlimited)"</label>
                    <input id=f("stock") name="form[stock]" value=text(|r| r.stock.map(|s| s.to_string()).unwrap_or_default()) inputmode="numeric" />
                    <p class="error" role="alert">{field_error("stock")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("limit")>"Per member (empty: no limit)"</label>
                    <input id=f("limit") name="form[per_user_limit]" value=text(|r| r.per_user_limit.map(|s| s.to_string()).unwrap_or_default()) inputmode="numeric" />
                    <p class="error" role="alert">{field_error("per_user_limit")}</p>
                </div>
            </div>
            <div class="field">
                <label for=f("level")>"Minimum level"</label>
                <select id=f("level") name="form[min_level_id]">
                    <option value="">"Anyone"</option>
                    {levels.into_iter().map(|l| view! { <option value=l.id selected=level_now == Some(l.id)>{l.name}</option> }).collect_view()}
                </select>
            </div>
            <div class="field-row">
                <div class="field narrow-field">
                    <label for=f("starts")>"First day (UTC, optional)"</label>
                    <input id=f("starts") type="date" name="form[starts_at]" value=text(|r| day(r.starts_at)) />
                    <p class="error" role="alert">{field_error("starts_at")}</p>
                </div>
                <div class="field narrow-field">
                    <label for=f("ends")>"Last day (UTC, optional)"</label>
                    <input id=f("ends") type="date" name="form[ends_at]" value=text(|r| day(r.ends_at)) />
                    <p class="error" role="alert">{field_error("ends_at")}</p>
                </div>
            </div>
            <div class="field checkbox">
                <input id=f("active") type="checkbox" name="form[active]" value="on" checked=r.as_ref().is_none_or(|r| r.active) />
                <label for=f("active")>"On offer"</label>
            </div>
            <button type="submit" class="button">{if id == 0 { "Create reward" } else { "Save" }}</button>
        </ActionForm>
    }
}
