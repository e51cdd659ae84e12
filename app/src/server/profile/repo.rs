//! SQL for profiles and the directory. Private to the backend: only the profile service calls it.

use crate::model::ids::UserId;
use crate::model::profile::{PersonCard, initials};
use crate::server::account::repo::split_list;
use crate::server::clock::now_ms;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};

/// A profile row, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRow {
    pub id: UserId,
    pub display_name: String,
    pub title: String,
    pub department: String,
    pub country: String,
    pub ui_language: String,
    pub read_languages: Vec<String>,
    pub all_languages: bool,
    pub about: String,
    pub expertise: Vec<String>,
}

type Row = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    String,
);

/// A person's reading settings: their languages (comma-separated, in order) and whether the
/// cross-language view is on. Someone without a profile reads English.
pub async fn reading(db: &Db, id: UserId) -> ServiceResult<(String, bool)> {
    let row: Option<(String, i64)> =
        sqlx::query_as("SELECT read_languages, all_languages FROM profiles WHERE user_id = $1")
            .bind(id.0)
            .fetch_optional(&db.pool)
            .await
            .context("loading reading settings")?;
    Ok(row.map_or_else(|| ("en".to_owned(), false), |(r, a)| (r, a != 0)))
}

/// Which of a person's profile fields colleagues look for are still empty (title,
/// department, country, expertise, about, in that order), and whether they belong to any
/// community that still exists: all the home page needs to know on most visits, in one query.
pub async fn first_day(db: &Db, id: UserId) -> ServiceResult<([bool; 5], bool)> {
    let row: Option<(i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT CASE WHEN p.title = '' THEN 1 ELSE 0 END, \
                CASE WHEN p.department = '' THEN 1 ELSE 0 END, \
                CASE WHEN p.country = '' THEN 1 ELSE 0 END, \
                (SELECT COUNT(*) FROM profile_expertise e WHERE e.user_id = p.user_id), \
                CASE WHEN p.about = '' THEN 1 ELSE 0 END, \
                (SELECT COUNT(*) FROM community_members m JOIN communities c ON c.id = m.community_id \
                 WHERE m.user_id = p.user_id AND c.deleted_at IS NULL) \
         FROM profiles p WHERE p.user_id = $1",
    )
    .bind(id.0)
    .fetch_optional(&db.pool)
    .await
    .context("loading what a profile lacks")?;
    let (title, department, country, expertise, about, communities) =
        row.unwrap_or((1, 1, 1, 0, 1, 0));
    Ok((
        [
            title != 0,
            department != 0,
            country != 0,
            expertise == 0,
            about != 0,
        ],
        communities > 0,
    ))
}

pub async fn find(db: &Db, id: UserId) -> ServiceResult<Option<ProfileRow>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT p.user_id, p.display_name, p.title, p.department, p.country, p.ui_language, p.read_languages, p.all_languages, p.about \
         FROM profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = $1 AND u.disabled_at IS NULL",
    )
    .bind(id.0)
    .fetch_optional(&db.pool)
    .await
    .context("loading a profile")?;
    let Some((id, display_name, title, department, country, ui_language, read, all, about)) = row
    else {
        return Ok(None);
    };
    let id = UserId(id);
    let mut expertise = expertise_of(db, &[id]).await?;
    Ok(Some(ProfileRow {
        id,
        display_name,
        title,
        department,
        country,
        ui_language,
        read_languages: split_list(&read),
        all_languages: all != 0,
        about,
        expertise: expertise.pop().map(|(_, tags)| tags).unwrap_or_default(),
    }))
}

/// Writes every field of a profile, and its name terms and expertise, in one transaction.
pub async fn save(
    db: &Db,
    p: &ProfileRow,
    sort_key: &str,
    terms: &[String],
    name_skeleton: Option<&str>,
) -> ServiceResult<()> {
    let mut tx = db.pool.begin().await.context("starting a transaction")?;
    sqlx::query(
        "UPDATE profiles SET display_name = $1, sort_key = $2, title = $3, department = $4, department_key = $5, \
         country = $6, ui_language = $7, read_languages = $8, about = $9, updated_at = $10, all_languages = $12, \
         name_skeleton = COALESCE($13, name_skeleton) WHERE user_id = $11",
    )
    .bind(&p.display_name)
    .bind(sort_key)
    .bind(&p.title)
    .bind(&p.department)
    .bind(p.department.trim().to_lowercase())
    .bind(&p.country)
    .bind(&p.ui_language)
    .bind(p.read_languages.join(","))
    .bind(&p.about)
    .bind(now_ms())
    .bind(p.id.0)
    .bind(i64::from(p.all_languages))
    .bind(name_skeleton)
    .execute(&mut *tx)
    .await
    .context("updating a profile")?;
    sqlx::query("DELETE FROM profile_name_terms WHERE user_id = $1")
        .bind(p.id.0)
        .execute(&mut *tx)
        .await
        .context("clearing name terms")?;
    for term in terms {
        sqlx::query("INSERT INTO profile_name_terms (term, user_id) VALUES ($1, $2)")
            .bind(term)
            .bind(p.id.0)
            .execute(&mut *tx)
            .await
            .context("indexing a name")?;
    }
    sqlx::query("DELETE FROM profile_expertise WHERE user_id = $1")
        .bind(p.id.0)
        .execute(&mut *tx)
        .await
        .context("clearing expertise")?;
    for (position, tag) in p.expertise.iter().enumerate() {
        sqlx::query("INSERT INTO profile_expertise (user_id, position, tag, tag_key) VALUES ($1, $2, $3, $4)")
            .bind(p.id.0)
            .bind(position as i64)
            .bind(tag)
            .bind(tag.to_lowercase())
            .execute(&mut *tx)
            .await
            .context("saving expertise")?;
    }
    tx.commit().await.context("committing a profile")?;
    Ok(())
}

/// The directory filters, already normalised (lower-cased keys, upper-case country).
#[derive(Debug, Clone, Default)]
pub struct PeopleFilter {
    pub name_prefixes: Vec<String>,
    /// Only these people (the search index's matches for the name box).
    pub only: Option<Vec<i64>>,
    pub department_key: Option<String>,
    pub country: Option<String>,
    pub expertise_key: Option<String>,
    pub after: Option<(String, i64)>,
}

/// A directory row: id, name, title, department, country, sort key, e-mail.
type PeopleRow = (i64, String, String, String, String, String, String);

/// One page of the directory in (sort_key, id) order. Every filter is a condition inside the
/// query, and the order follows an index (`profiles_by_name`, or the department or country
/// index when that filter is set), so a page costs the same at 100,000 people.
pub async fn search(
    db: &Db,
    f: &PeopleFilter,
    limit: i64,
) -> ServiceResult<Vec<(PersonCard, String)>> {
    let mut sql = String::from(
        "SELECT p.user_id, p.display_name, p.title, p.department, p.country, p.sort_key, u.email \
         FROM profiles p JOIN users u ON u.id = p.user_id WHERE u.disabled_at IS NULL",
    );
    let mut args = Args::default();
    for prefix in &f.name_prefixes {
        let lo = args.push(Arg::Text(prefix.clone()));
        let hi = args.push(Arg::Text(format!("{prefix}\u{10FFFF}")));
        sql.push_str(&format!(
            " AND p.user_id IN (SELECT t.user_id FROM profile_name_terms t WHERE t.term >= {lo} AND t.term < {hi})"
        ));
    }
    if let Some(only) = &f.only {
        if only.is_empty() {
            sql.push_str(" AND 1 = 0");
        } else {
            let list: Vec<String> = only.iter().map(|id| args.push(Arg::Int(*id))).collect();
            sql.push_str(&format!(" AND p.user_id IN ({})", list.join(", ")));
        }
    }
    if let Some(d) = &f.department_key {
        let d = args.push(Arg::Text(d.clone()));
        sql.push_str(&format!(" AND p.department_key = {d}"));
    }
    if let Some(c) = &f.country {
        let c = args.push(Arg::Text(c.clone()));
        sql.push_str(&format!(" AND p.country = {c}"));
    }
    if let Some(e) = &f.expertise_key {
        let e = args.push(Arg::Text(e.clone()));
        sql.push_str(&format!(
            " AND p.user_id IN (SELECT x.user_id FROM profile_expertise x WHERE x.tag_key = {e})"
        ));
    }
    if let Some((key, id)) = &f.after {
        let k = args.push(Arg::Text(key.clone()));
        let i = args.push(Arg::Int(*id));
        // A row-value comparison, so both engines seek in the (sort_key, user_id) index
        // instead of scanning from the start (an OR of two conditions defeats PostgreSQL's).
        sql.push_str(&format!(" AND (p.sort_key, p.user_id) > ({k}, {i})"));
    }
    let l = args.push(Arg::Int(limit));
    sql.push_str(&format!(" ORDER BY p.sort_key, p.user_id LIMIT {l}"));

    let query = args.bind(sqlx::query_as::<_, PeopleRow>(sqlx::AssertSqlSafe(sql)));
    let rows = query
        .fetch_all(&db.pool)
        .await
        .context("searching people")?;
    let ids: Vec<UserId> = rows.iter().map(|r| UserId(r.0)).collect();
    let mut expertise = expertise_of(db, &ids)
        .await?
        .into_iter()
        .collect::<std::collections::HashMap<_, _>>();
    Ok(rows
        .into_iter()
        .map(
            |(id, display_name, title, department, country, sort_key, email)| {
                let id = UserId(id);
                let card = PersonCard {
                    id,
                    initials: initials(&display_name),
                    display_name,
                    email,
                    title,
                    department,
                    country,
                    expertise: expertise.remove(&id).unwrap_or_default(),
                };
                (card, sort_key)
            },
        )
        .collect())
}

/// Expertise tags of several users in one query, each user's in their order.
async fn expertise_of(db: &Db, ids: &[UserId]) -> ServiceResult<Vec<(UserId, Vec<String>)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT user_id, tag FROM profile_expertise WHERE user_id IN ({}) ORDER BY user_id, position",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as::<_, (i64, String)>(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(id.0);
    }
    let rows = query
        .fetch_all(&db.pool)
        .await
        .context("loading expertise")?;
    let mut out: Vec<(UserId, Vec<String>)> = Vec::new();
    for (id, tag) in rows {
        match out.last_mut() {
            Some((last, tags)) if last.0 == id => tags.push(tag),
            _ => out.push((UserId(id), vec![tag])),
        }
    }
    Ok(out)
}

/// Whether someone other than `except` has a display name with this skeleton.
pub async fn name_skeleton_taken(
    db: &Db,
    skeleton: &str,
    except: Option<UserId>,
) -> ServiceResult<bool> {
    let row: Option<(i64,)> = sqlx::query_as(
        "SELECT user_id FROM profiles WHERE name_skeleton = $1 AND user_id <> $2 LIMIT 1",
    )
    .bind(skeleton)
    .bind(except.map_or(0, |u| u.0))
    .fetch_optional(&db.pool)
    .await
    .context("looking for a look-alike name")?;
    Ok(row.is_some())
}

/// Gives profiles written before skeletons existed theirs, in id order; a name that looks
/// like an earlier one keeps none (it cannot be refused after the fact, and the next rename
/// is checked). Returns how many were filled.
pub async fn fill_missing_skeletons(db: &Db) -> ServiceResult<u64> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT user_id, display_name FROM profiles WHERE name_skeleton IS NULL ORDER BY user_id",
    )
    .fetch_all(&db.pool)
    .await
    .context("listing profiles without a skeleton")?;
    let mut filled = 0;
    for (id, name) in rows {
        let skeleton = crate::server::text::name_skeleton(&name);
        if name_skeleton_taken(db, &skeleton, Some(UserId(id))).await? {
            continue;
        }
        filled += sqlx::query("UPDATE profiles SET name_skeleton = $1 WHERE user_id = $2")
            .bind(&skeleton)
            .bind(id)
            .execute(&db.pool)
            .await
            .context("filling a skeleton")?
            .rows_affected();
    }
    Ok(filled)
}
