use crate::groups::domain::GroupChoice;
use crate::invitations::domain::INVITATION_DAYS;
use leptos::prelude::*;

/// "Invite many": paste rows or choose a CSV file. A plain multipart form to `/admin/invitations/upload`,
/// with or without JavaScript; the answer is the upload's report on this page.
#[component]
pub fn BulkForm(groups: Vec<GroupChoice>) -> impl IntoView {
    view! {
        <h2 id="invite-many">"Invite many"</h2>
        <p id="csv-format" class="hint">
            "One person per line: email, name, role. Name and role may be left out (the role is then member); a header row naming the columns is fine. Up to 10,000 people at once. "
            {format!("Each link is valid for {INVITATION_DAYS} days. ")}
            "Lines that cannot be invited are listed with their reason; the others are invited."
        </p>
        <form method="post" action="/admin/invitations/upload" enctype="multipart/form-data" aria-labelledby="invite-many">
            <div class="field">
                <label for="field-csv">"Paste rows"</label>
                <textarea id="field-csv" name="csv" rows="6" aria-describedby="csv-format"
                    placeholder="ada@example.com, Ada Lovelace, moderator"></textarea>
            </div>
            <div class="field">
                <label for="field-file">"Or choose a CSV file"</label>
                <input id="field-file" type="file" name="file" accept=".csv,text/csv,text/plain" aria-describedby="csv-format" />
            </div>
            {(!groups.is_empty()).then(|| view! {
                <div class="field">
                    <label for="field-bulk-group">"Group"</label>
                    <select id="field-bulk-group" name="group" aria-describedby="bulk-group-hint">
                        <option value="">"No group"</option>
                        {groups.into_iter().map(|g| view! { <option value=g.slug>{format!("Put everyone in {}", g.name)}</option> }).collect_view()}
                    </select>
                    <p id="bulk-group-hint" class="hint">"Everyone invited joins this group with their account."</p>
                </div>
            })}
            <button type="submit" class="button">"Invite everyone"</button>
        </form>
    }
}
