use crate::{
    accounts::{
        api::{get_me, ChangePassword, SignIn, SignOut, SignUp, UpdateDisplayName},
        domain::CurrentUser,
    },
    error::AppError,
};
use leptos::prelude::*;

/// The signed-in user and the actions that change who that is, shared by every page.
#[derive(Clone, Copy)]
pub struct Auth {
    pub me: Resource<Result<Option<CurrentUser>, AppError>>,
    pub sign_in: ServerAction<SignIn>,
    pub sign_up: ServerAction<SignUp>,
    pub sign_out: ServerAction<SignOut>,
    pub rename: ServerAction<UpdateDisplayName>,
    pub change_password: ServerAction<ChangePassword>,
}

/// Creates the auth context once, at the root of the app.
pub fn provide_auth() {
    let sign_in = ServerAction::<SignIn>::new();
    let sign_up = ServerAction::<SignUp>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let rename = ServerAction::<UpdateDisplayName>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let me = Resource::new(
        move || {
            (
                sign_in.version().get(),
                sign_up.version().get(),
                sign_out.version().get(),
                rename.version().get(),
            )
        },
        |_| get_me(),
    );
    provide_context(Auth { me, sign_in, sign_up, sign_out, rename, change_password });
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
