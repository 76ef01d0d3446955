use crate::common::answered::server_action;
use crate::{
    error::AppError,
    forum::api::{
        DeletePost, EditPost, FlagPost, FollowTopic, HidePost, LikePost, MoveTopic, RenameTopic, ReplyToTopic,
        SetLocked, SetPinned, StaffEditPost, UnhidePost,
    },
};
use leptos::prelude::*;

/// Every action a topic page can take, created once per page (inside `<Routes>`, so a form posted without
/// JavaScript finds its error in the URL) and shared by the posts through context.
#[derive(Clone, Copy)]
pub struct TopicActions {
    pub reply: ServerAction<ReplyToTopic>,
    pub edit: ServerAction<EditPost>,
    pub staff_edit: ServerAction<StaffEditPost>,
    pub delete: ServerAction<DeletePost>,
    pub like: ServerAction<LikePost>,
    pub hide: ServerAction<HidePost>,
    pub unhide: ServerAction<UnhidePost>,
    pub pin: ServerAction<SetPinned>,
    pub lock: ServerAction<SetLocked>,
    pub move_topic: ServerAction<MoveTopic>,
    pub rename: ServerAction<RenameTopic>,
    pub flag: ServerAction<FlagPost>,
    pub follow: ServerAction<FollowTopic>,
}

fn err_of<T: Clone + Send + Sync + 'static>(value: Option<Result<T, AppError>>) -> Option<AppError> {
    value.and_then(|r| r.err())
}

impl TopicActions {
    pub fn provide() -> TopicActions {
        let actions = TopicActions {
            reply: server_action(),
            edit: server_action(),
            staff_edit: server_action(),
            delete: server_action(),
            like: server_action(),
            hide: server_action(),
            unhide: server_action(),
            pin: server_action(),
            lock: server_action(),
            move_topic: server_action(),
            rename: server_action(),
            flag: server_action(),
            follow: server_action(),
        };
        provide_context(actions);
        actions
    }

    /// Moves whenever any action finishes, so the page reloads its data.
    pub fn version(&self) -> usize {
        self.reply.version().get()
            + self.edit.version().get()
            + self.staff_edit.version().get()
            + self.delete.version().get()
            + self.like.version().get()
            + self.hide.version().get()
            + self.unhide.version().get()
            + self.pin.version().get()
            + self.lock.version().get()
            + self.move_topic.version().get()
            + self.rename.version().get()
            + self.flag.version().get()
            + self.follow.version().get()
    }

    /// The refusal of an action other than the reply form (which shows its own errors by the field).
    pub fn error(&self) -> Signal<Option<AppError>> {
        let a = *self;
        Signal::derive(move || {
            err_of(a.edit.value().get())
                .or_else(|| err_of(a.staff_edit.value().get()))
                .or_else(|| err_of(a.delete.value().get()))
                .or_else(|| err_of(a.like.value().get()))
                .or_else(|| err_of(a.hide.value().get()))
                .or_else(|| err_of(a.unhide.value().get()))
                .or_else(|| err_of(a.pin.value().get()))
                .or_else(|| err_of(a.lock.value().get()))
                .or_else(|| err_of(a.move_topic.value().get()))
                .or_else(|| err_of(a.rename.value().get()))
                .or_else(|| err_of(a.flag.value().get()))
                .or_else(|| err_of(a.follow.value().get()))
        })
    }
}

pub fn use_topic_actions() -> TopicActions {
    expect_context::<TopicActions>()
}
