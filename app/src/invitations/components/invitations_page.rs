use super::{
    batch_report::BatchReportView, bulk_form::BulkForm, invitation_table::InvitationTable, invite_form::InviteForm,
};
use crate::common::answered::server_action;
use crate::{
    accounts::{components::RequireRole, domain::Role},
    groups::api::group_choices,
    invitations::{
        api::{invitation_list, Invite, ResendInvitation, RevokeInvitation},
        domain::{InvitationPage, INVITATION_DAYS},
    },
    t,
    ui::{Pager, StatusTabs, Tab},
};
use leptos::{either::Either, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// `/admin/invitations` (admins only). `?status=` picks one status, `?batch=` shows an upload's report.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    let query = use_query_map();
    let status = move || query.read().get("status").unwrap_or_default();
    let page = move || query.read().get("page").and_then(|p| p.parse::<u32>().ok()).unwrap_or(1);
    let batch = move || query.read().get("batch").and_then(|p| p.parse::<i64>().ok()).unwrap_or(0);
    let invite = server_action::<Invite>();
    let resend = server_action::<ResendInvitation>();
    let revoke = server_action::<RevokeInvitation>();
    let changes = move || (invite.version().get(), resend.version().get(), revoke.version().get());
    // Created here, outside the guard's Suspense (leptos-rs/leptos#4866).
    let list = Resource::new(move || (status(), page(), batch(), changes()), |(s, p, b, _)| invitation_list(s, p, b));
    let groups = Resource::new(|| (), |_| group_choices());
    view! {
        <Title text=t!("invitations-title") />
        <RequireRole role=Role::Admin>
            <section class="panel" aria-labelledby="invitations-title">
                <h1 id="invitations-title">{t!("invitations-title")}</h1>
                <p>{t!("invitations-intro", days = INVITATION_DAYS)}</p>
                <Suspense fallback=|| view! { <p class="loading">{t!("invitations-loading-forms")}</p> }>
                    {move || Suspend::new(async move {
                        let groups = groups.await.unwrap_or_default();
                        view! { <InviteForm action=invite groups=groups.clone() /> <BulkForm groups /> }
                    })}
                </Suspense>
            </section>
            <section class="panel" aria-labelledby="sent-title">
                <h2 id="sent-title">{t!("invitations-sent-title")}</h2>
                <Suspense fallback=|| view! { <p class="loading">{t!("invitations-loading")}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(found) => Either::Left(view! { <Listing found status=status() resend revoke /> }),
                            Err(e) => Either::Right(view! { <div class="alert error" role="alert">{e.to_string()}</div> }),
                        }
                    })}
                </Suspense>
            </section>
        </RequireRole>
    }
}

#[component]
fn Listing(
    found: InvitationPage,
    status: String,
    resend: ServerAction<ResendInvitation>,
    revoke: ServerAction<RevokeInvitation>,
) -> impl IntoView {
    let all: i64 = found.counts.iter().map(|(_, n)| n).sum();
    let href = |value: &str| {
        if value.is_empty() {
            "/admin/invitations".to_string()
        } else {
            format!("/admin/invitations?status={value}")
        }
    };
    let mut tabs = vec![Tab::new(format!("{} ({all})", t!("invitations-all")), href(""), status.is_empty())];
    tabs.extend(
        found
            .counts
            .iter()
            .map(|(s, n)| Tab::new(format!("{} ({n})", s.label()), href(s.as_str()), status == s.as_str())),
    );
    let base = href(&status);
    view! {
        {found.batch.map(|report| view! { <BatchReportView report /> })}
        <StatusTabs label=t!("invitations-by-status") tabs />
        {if found.rows.is_empty() {
            let empty = if all == 0 { t!("invitations-none-yet") } else { t!("invitations-none-with-status") };
            Either::Left(view! { <p class="empty">{empty}</p> })
        } else {
            Either::Right(view! { <InvitationTable rows=found.rows resend revoke /> })
        }}
        <Pager base page=found.page last=found.pages />
    }
}
