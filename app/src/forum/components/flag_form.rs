use super::topic_actions::use_topic_actions;
use crate::forum::flags::{FlagReason, NOTE_MAX};
use crate::{t, ui::Field};
use leptos::prelude::*;

/// "Flag" under a post: a reason and an optional note, sent to the moderators. A plain form in a disclosure.
#[component]
pub fn FlagForm(post_id: i64) -> impl IntoView {
    let action = use_topic_actions().flag;
    let group = format!("flag-{post_id}");
    let note_id = format!("flag-note-{post_id}");
    view! {
        <details class="post-tool">
            <summary>{t!("forum-flag")}</summary>
            <ActionForm action>
                <input type="hidden" name="post_id" value=post_id />
                <fieldset class="flag-reasons">
                    <legend>{t!("forum-flag-question")}</legend>
                    {FlagReason::ALL.into_iter().enumerate().map(|(i, r)| {
                        let id = format!("{group}-{}", r.as_str());
                        view! {
                            <div class="choice">
                                <input type="radio" id=id.clone() name="reason" value=r.as_str() checked=i == 0 />
                                <label for=id>{r.words()}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Field label=t!("forum-flag-note") id=note_id>
                    <input name="note" type="text" maxlength=NOTE_MAX />
                </Field>
                <button type="submit" class="button small secondary">{t!("forum-flag-send")}</button>
            </ActionForm>
        </details>
    }
}
