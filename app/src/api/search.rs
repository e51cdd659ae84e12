//! `/api/search*`: one search over everything the caller may see (items, files, people,
//! communities), suggestions as one types, answers like a question being written, and the
//! index's state for admins.

// Each endpoint's fields are its query; the generated client function takes one argument per
// field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use crate::error::AppError;
use crate::model::search::{SearchResults, SearchStatus, SimilarAnswers, Suggestions};

/// `GET /api/search?q=Q&kind=K&community_slug=S&lang=L&author_id=N&from=D&to=D&sort=
/// relevance|date&all_languages=B&cursor=C` → a page of hits with facets.
#[server(prefix = "/api", endpoint = "search", input = GetUrl)]
pub async fn search(
    #[server(default)] q: String,
    #[server(default)] kind: Option<String>,
    #[server(default)] community_slug: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] author_id: Option<i64>,
    #[server(default)] from: Option<String>,
    #[server(default)] to: Option<String>,
    #[server(default)] sort: Option<String>,
    #[server(default)] all_languages: Option<bool>,
    #[server(default)] cursor: Option<String>,
) -> Result<SearchResults, AppError> {
    use crate::server::search::service::{SearchRequest, search};
    let (backend, ctx) = super::context::request().await?;
    let req = SearchRequest {
        q,
        kind,
        community_slug,
        lang,
        author_id,
        from,
        to,
        sort,
        all_languages,
        cursor,
    };
    Ok(search(&backend, &ctx, req).await?)
}

/// `GET /api/search/suggest?q=Q` → up to 8 people, communities and items.
#[server(prefix = "/api", endpoint = "search/suggest", input = GetUrl)]
pub async fn search_suggest(#[server(default)] q: String) -> Result<Suggestions, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::search::suggest::suggest(&backend, &ctx, &q).await?)
}

/// `GET /api/search/similar?text=T&community_slug=S` → answered questions and wiki pages.
#[server(prefix = "/api", endpoint = "search/similar", input = GetUrl)]
pub async fn search_similar(
    #[server(default)] text: String,
    #[server(default)] community_slug: Option<String>,
) -> Result<SimilarAnswers, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::search::suggest::similar(&backend, &ctx, &text, community_slug.as_deref())
            .await?,
    )
}

/// `GET /api/admin/search` → the index's documents, lag and last rebuild (admins).
#[server(prefix = "/api", endpoint = "admin/search", input = GetUrl)]
pub async fn get_search_status() -> Result<SearchStatus, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::search::status::status(&backend, &ctx).await?)
}
