//! `/api/people/*`: the people directory.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::error::AppError;
use crate::model::profile::PeoplePage;

/// `GET /api/people/search?q=&department=&country=&expertise=&cursor=` → a page of people by
/// name, with `next_cursor` when there is more.
#[server(prefix = "/api", endpoint = "people/search", input = GetUrl)]
pub async fn search_people(
    #[server(default)] q: Option<String>,
    #[server(default)] department: Option<String>,
    #[server(default)] country: Option<String>,
    #[server(default)] expertise: Option<String>,
    #[server(default)] cursor: Option<String>,
) -> Result<PeoplePage, AppError> {
    use crate::server::profile::service::{PeopleQuery, search_people};
    let (backend, ctx) = super::context::request().await?;
    let query = PeopleQuery {
        q: q.unwrap_or_default(),
        department: department.unwrap_or_default(),
        country: country.unwrap_or_default(),
        expertise: expertise.unwrap_or_default(),
        cursor,
    };
    Ok(search_people(&backend, &ctx, &query).await?)
}

/// `GET /api/home/welcome` → what to suggest to someone new: `{"show", "communities",
/// "people", "missing"}` (see `model::profile::Welcome`).
#[server(prefix = "/api", endpoint = "home/welcome", input = GetUrl)]
pub async fn welcome() -> Result<crate::model::profile::Welcome, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::welcome::welcome(&backend, &ctx).await?)
}
