use super::Field;
use crate::t;
use leptos::prelude::*;

/// The inside of a staff decision form: a note and the Approve / Reject buttons, which send
/// `decision=approve|reject` (the server asks for the note when rejecting). The caller wraps it in its own
/// `ActionForm` with the record's id.
#[component]
pub fn DecisionFields(
    /// The note field's id, unique on the page.
    note_id: String,
    #[prop(into)] note_label: String,
    note_max: usize,
) -> impl IntoView {
    view! {
        <Field label=note_label id=note_id>
            <input name="note" maxlength=note_max />
        </Field>
        <button type="submit" class="button small" name="decision" value="approve">{t!("ui-approve")}</button>
        " "
        <button type="submit" class="button small secondary" name="decision" value="reject">{t!("ui-reject")}</button>
    }
}
