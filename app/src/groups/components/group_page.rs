//! `/groups/:slug`: a group, its spaces and its members for those in it, join, ask and leave buttons; for
//! admins its requests, settings, rules, adding people from a paste or a CSV, and deleting it. Every form is a
//! plain post that works without JavaScript.

use super::groups_page::GroupFields;
use crate::common::answered::server_action;
use crate::common::html::textarea_text;
use crate::{
    groups::{
        api::{
            get_group, AddMembers, DecideRequest, DeleteGroup, JoinGroup, LeaveGroup, RemoveMember, SaveGroup,
            SaveGroupRules,
        },
        domain::{AddReport, GroupPage as Page, Joining, ADD_MAX},
    },
    t,
    ui::{form_error, last_error, server_field_error, Field, FormAlert, Pager, Problem, When},
};
use leptos::{either::Either, prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn GroupPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.read().get("slug").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let saved = move || query.read().get("saved").is_some();
    let add = server_action::<AddMembers>();
    let data = Resource::new(move || (slug(), page(), add.version().get()), |(slug, page, _)| get_group(slug, page));
    view! {
        <Suspense fallback=|| view! { <p class="loading">{t!("loading")}</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => Either::Left(view! {
                        {saved().then(|| view! { <p class="alert ok" role="status">{t!("groups-saved")}</p> })}
                        <GroupView page add />
                    }),
                    Err(error) => Either::Right(view! { <Title text=t!("groups-group") /> <Problem error /> }),
                }
            })}
        </Suspense>
    }
}

#[component]
fn GroupView(page: Page, add: ServerAction<AddMembers>) -> impl IntoView {
    let join = server_action::<JoinGroup>();
    let leave = server_action::<LeaveGroup>();
    let remove = server_action::<RemoveMember>();
    let g = page.group.clone();
    let id = g.id;
    let count = t!("groups-member-count", count = g.member_count);
    let action = if g.mine || g.requested {
        let label = if g.mine { t!("groups-leave") } else { t!("groups-withdraw") };
        Either::Left(view! {
            <ActionForm action=leave attr:class="inline-form">
                <input type="hidden" name="group_id" value=id />
                <button type="submit" class="button small secondary">{label}</button>
            </ActionForm>
        })
    } else {
        Either::Right((g.joining != Joining::Admins).then(|| {
            let label = if g.joining == Joining::Open { t!("groups-join-the-group") } else { t!("groups-ask-to-join") };
            view! {
                <ActionForm action=join attr:class="inline-form">
                    <input type="hidden" name="group_id" value=id />
                    <button type="submit" class="button small">{label}</button>
                </ActionForm>
            }
        }))
    };
    let base = format!("/groups/{}", g.slug);
    view! {
        <Title text=g.name.clone() />
        <div class="page-head">
            <h1>{g.name.clone()}</h1>
            <a href="/groups">{t!("groups-all")}</a>
        </div>
        {(!g.description.is_empty()).then(|| view! { <p class="lede">{g.description.clone()}</p> })}
        <p class="meta">
            {count} " · " {g.joining.label()}
            {g.mine.then(|| format!(" · {}", t!("groups-you-are-member")))}
            {g.requested.then(|| format!(" · {}", t!("groups-you-asked-pending")))}
        </p>
        <FormAlert error=last_error(join.value()) />
        <FormAlert error=last_error(leave.value()) />
        <FormAlert error=last_error(remove.value()) />
        {action}
        {(!page.spaces.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="spaces-title">
                <h2 id="spaces-title">{t!("groups-spaces")}</h2>
                <ul>
                    {page.spaces.iter().map(|(name, slug)| view! {
                        <li><a href=format!("/forum/c/{slug}")>{name.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(g.mine || page.admin || !page.members.is_empty()).then(|| {
            let admin = page.admin;
            view! {
                <section class="panel" aria-labelledby="members-title">
                    <h2 id="members-title">{t!("groups-members")}</h2>
                    {if page.members.is_empty() {
                        Either::Left(view! { <p class="empty">{t!("groups-members-empty")}</p> })
                    } else {
                        Either::Right(view! {
                            <table class="data-table">
                                <thead><tr><th scope="col">{t!("groups-col-member")}</th><th scope="col">{t!("groups-col-how")}</th><th scope="col">{t!("groups-col-since")}</th>{admin.then(|| view! { <th scope="col"><span class="visually-hidden">{t!("groups-remove")}</span></th> })}</tr></thead>
                                <tbody>
                                    {page.members.iter().map(|m| {
                                        let (uid, name) = (m.user_id, m.display_name.clone());
                                        let removable = admin && !m.how.automatic();
                                        view! {
                                            <tr>
                                                <td><a href=format!("/u/{}", m.handle)>{m.display_name.clone()}</a></td>
                                                <td>{m.how.label()}</td>
                                                <td><When at=m.added_at /></td>
                                                {admin.then(|| view! {
                                                    <td>{removable.then(|| view! {
                                                        <ActionForm action=remove attr:class="inline-form">
                                                            <input type="hidden" name="group_id" value=id />
                                                            <input type="hidden" name="user_id" value=uid />
                                                            <button type="submit" class="button small secondary" aria-label=t!("groups-remove-named", name = name.as_str())>{t!("groups-remove")}</button>
                                                        </ActionForm>
                                                    })}</td>
                                                })}
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                            <Pager base=base.clone() page=page.page last=page.last_page />
                        })
                    }}
                </section>
            }
        })}
        {page.admin.then(|| view! { <AdminTools page=page.clone() add /> })}
    }
}

#[component]
fn AdminTools(page: Page, add: ServerAction<AddMembers>) -> impl IntoView {
    let decide = server_action::<DecideRequest>();
    let save = server_action::<SaveGroup>();
    let rules = server_action::<SaveGroupRules>();
    let delete = server_action::<DeleteGroup>();
    let (saved, ruled) = (last_error(save.value()), last_error(rules.value()));
    let id = page.group.id;
    let domains = page.rules.domains.join("\n");
    let level = page.rules.auto_level_id;
    view! {
        {(!page.requests.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="requests-title">
                <h2 id="requests-title">{t!("groups-requests")}</h2>
                <FormAlert error=last_error(decide.value()) />
                <ul class="request-list">
                    {page.requests.iter().map(|r| {
                        let (uid, name) = (r.user_id, r.display_name.clone());
                        view! {
                            <li>
                                <a href=format!("/u/{}", r.handle)>{r.display_name.clone()}</a> " " <When at=r.created_at />
                                {[true, false].into_iter().map(|approve| {
                                    let (label, aria) = if approve {
                                        (t!("groups-approve"), t!("groups-approve-named", name = name.as_str()))
                                    } else {
                                        (t!("groups-decline"), t!("groups-decline-named", name = name.as_str()))
                                    };
                                    view! {
                                    " "
                                    <ActionForm action=decide attr:class="inline-form">
                                        <input type="hidden" name="group_id" value=id />
                                        <input type="hidden" name="user_id" value=uid />
                                        <input type="hidden" name="approve" value=approve.to_string() />
                                        <button type="submit" class="button small" class:secondary=!approve aria-label=aria>{label}</button>
                                    </ActionForm>
                                }}).collect_view()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="panel" aria-labelledby="add-title">
            <h2 id="add-title">{t!("groups-add")}</h2>
            <p id="add-hint" class="hint">{t!("groups-add-hint", max = ADD_MAX.to_string())}</p>
            <FormAlert error=form_error(last_error(add.value()), &["people"]) />
            <ActionForm action=add attr:class="stacked-form">
                <input type="hidden" name="group_id" value=id />
                <Field label=t!("groups-field-people") id="group-people" error=server_field_error(last_error(add.value()), "people")>
                    <textarea name="people" rows="5" required aria-describedby="add-hint" placeholder="ada@example.com\n@grace"></textarea>
                </Field>
                <button type="submit" class="button">{t!("groups-add-them")}</button>
            </ActionForm>
            {move || add.value().get().and_then(Result::ok).map(|report: AddReport| view! {
                <div class="alert ok" role="status">
                    {t!("groups-add-report", added = report.added, already = report.already)}
                    {(!report.unknown.is_empty()).then(|| view! {
                        <p>{t!("groups-add-unknown", count = report.unknown.len(), entries = report.unknown.join(", "))}</p>
                    })}
                </div>
            })}
        </section>
        <section class="panel" aria-labelledby="rules-title">
            <h2 id="rules-title">{t!("groups-rules")}</h2>
            <p class="hint">{t!("groups-rules-hint")}</p>
            <FormAlert error=form_error(ruled, &["domains", "level"]) />
            <form method="post" action=SaveGroupRules::url() class="stacked-form" aria-labelledby="rules-title">
                <input type="hidden" name="id" value=id />
                <Field label=t!("groups-field-domains") id="group-domains" hint=t!("groups-field-domains-hint") error=server_field_error(ruled, "domains")>
                    <textarea name="domains" rows="3">{textarea_text(domains)}</textarea>
                </Field>
                <Field label=t!("groups-field-level") id="group-level" error=server_field_error(ruled, "level")>
                    <select name="level">
                        <option value="" selected=level.is_none()>{t!("groups-no-level")}</option>
                        {page.levels.iter().map(|l| view! {
                            <option value=l.id.to_string() selected=level == Some(l.id)>{t!("groups-level-option", level = l.name.as_str(), points = l.threshold)}</option>
                        }).collect_view()}
                    </select>
                </Field>
                <button type="submit" class="button">{t!("groups-save-rules")}</button>
            </form>
        </section>
        <section class="panel" aria-labelledby="settings-title">
            <h2 id="settings-title">{t!("groups-settings")}</h2>
            <FormAlert error=form_error(saved, &["slug", "name", "description", "visibility", "joining"]) />
            <form method="post" action=SaveGroup::url() class="stacked-form" aria-labelledby="settings-title">
                <input type="hidden" name="id" value=id />
                <GroupFields group=Some(page.group.clone()) server=saved />
                <button type="submit" class="button">{t!("groups-save")}</button>
            </form>
            <FormAlert error=last_error(delete.value()) />
            <ActionForm action=delete attr:class="inline-form">
                <input type="hidden" name="id" value=id />
                <button type="submit" class="button small danger">{t!("groups-delete")}</button>
            </ActionForm>
        </section>
    }
}
