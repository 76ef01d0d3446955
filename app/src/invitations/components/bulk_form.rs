use crate::groups::domain::GroupChoice;
use crate::{
    invitations::domain::{INVITATION_DAYS, MAX_ROWS},
    t,
};
use leptos::prelude::*;

/// "Invite many": paste rows or choose a CSV file. A plain multipart form to `/admin/invitations/upload`,
/// with or without JavaScript; the answer is the upload's report on this page.
#[component]
pub fn BulkForm(groups: Vec<GroupChoice>) -> impl IntoView {
    view! {
        <h2 id="invite-many">{t!("invitations-invite-many")}</h2>
        <p id="csv-format" class="hint">{t!("invitations-csv-format", max = MAX_ROWS, days = INVITATION_DAYS)}</p>
        <form method="post" action="/admin/invitations/upload" enctype="multipart/form-data" aria-labelledby="invite-many">
            <div class="field">
                <label for="field-csv">{t!("invitations-paste-rows")}</label>
                <textarea id="field-csv" name="csv" rows="6" aria-describedby="csv-format"
                    placeholder="ada@example.com, Ada Lovelace, moderator"></textarea>
            </div>
            <div class="field">
                <label for="field-file">{t!("invitations-choose-file")}</label>
                <input id="field-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="csv-format" />
            </div>
            {(!groups.is_empty()).then(|| view! {
                <div class="field">
                    <label for="field-bulk-group">{t!("invitations-group")}</label>
                    <select id="field-bulk-group" name="group" aria-describedby="bulk-group-hint">
                        <option value="">{t!("invitations-no-group")}</option>
                        {groups.into_iter().map(|g| view! { <option value=g.slug>{t!("invitations-put-everyone-in", group = g.name)}</option> }).collect_view()}
                    </select>
                    <p id="bulk-group-hint" class="hint">{t!("invitations-bulk-group-hint")}</p>
                </div>
            })}
            <button type="submit" class="button">{t!("invitations-invite-everyone")}</button>
        </form>
    }
}
