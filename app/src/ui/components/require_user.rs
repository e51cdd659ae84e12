//! Shows its children to a logged-in user and the login form to anyone else.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::account::Me;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::login_form::LoginForm;
use crate::ui::current_user::CurrentUser;

/// Renders `children` with the current user; the login form when nobody is logged in, so
/// the page's address stays and works again after logging in.
#[component]
pub fn RequireUser<F, V>(children: F) -> impl IntoView
where
    F: FnOnce(Me) -> V + Send + 'static,
    V: IntoView + 'static,
{
    match CurrentUser::get().0 {
        Ok(me) => children(me).into_any(),
        Err(AppError::Unauthenticated) => view! { <LoginForm/> }.into_any(),
        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
    }
}
