//! SQL for the shared inbox: conversations, their messages and what came attached to them,
//! and the community's address.

use crate::model::content::PersonRef;
use crate::model::ids::UserId;
use crate::model::inbox::{
    ConversationStatus, ConversationSummary, INBOX_PAGE_SIZE, InboxAttachment, InboxMessage,
    MessageDirection,
};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// One conversation's own facts.
#[derive(Debug, Clone)]
pub struct ConversationRow {
    pub id: i64,
    pub community_id: i64,
    pub subject: String,
    pub correspondent: String,
    pub correspondent_name: String,
    pub status: ConversationStatus,
    pub assignee: Option<PersonRef>,
    pub created_at: i64,
    pub topic_id: Option<i64>,
    pub wiki_path: Option<String>,
}

type Row = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    Option<i64>,
    Option<String>,
    i64,
    Option<i64>,
    Option<String>,
);

pub async fn conversation(db: &Db, id: i64) -> ServiceResult<Option<ConversationRow>> {
    let row: Option<Row> = sqlx::query_as(
        "SELECT c.id, c.community_id, c.subject, c.correspondent, c.correspondent_name, c.status, \
         c.assignee_id, p.display_name, c.created_at, c.topic_id, c.wiki_path \
         FROM inbox_conversations c LEFT JOIN profiles p ON p.user_id = c.assignee_id \
         WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("reading a conversation")?;
    Ok(row.and_then(|r| {
        Some(ConversationRow {
            id: r.0,
            community_id: r.1,
            subject: r.2,
            correspondent: r.3,
            correspondent_name: r.4,
            status: ConversationStatus::parse(&r.5)?,
            assignee: r.6.zip(r.7).map(|(id, display_name)| PersonRef {
                id: UserId(id),
                display_name,
            }),
            created_at: r.8,
            topic_id: r.9,
            wiki_path: r.10,
        })
    }))
}

/// The conversations of a community, latest first, with one status or all.
pub async fn list(
    db: &Db,
    community: i64,
    status: Option<ConversationStatus>,
) -> ServiceResult<Vec<ConversationSummary>> {
    type ListRow = (
        i64,
        String,
        String,
        String,
        String,
        Option<i64>,
        Option<String>,
        i64,
        i64,
    );
    let rows: Vec<ListRow> = sqlx::query_as(
        "SELECT c.id, c.subject, c.correspondent, c.correspondent_name, c.status, c.assignee_id, \
         p.display_name, c.updated_at, \
         (SELECT COUNT(*) FROM inbox_messages m WHERE m.conversation_id = c.id AND m.direction <> 'note') \
         FROM inbox_conversations c LEFT JOIN profiles p ON p.user_id = c.assignee_id \
         WHERE c.community_id = $1 AND ($2 = '' OR c.status = $2) \
         ORDER BY c.updated_at DESC, c.id DESC LIMIT $3",
    )
    .bind(community)
    .bind(status.map_or("", ConversationStatus::as_str))
    .bind(INBOX_PAGE_SIZE)
    .fetch_all(&db.pool)
    .await
    .context("listing conversations")?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(ConversationSummary {
                id: r.0,
                subject: r.1,
                correspondent: if r.3.is_empty() { r.2 } else { r.3 },
                status: ConversationStatus::parse(&r.4)?,
                assignee: r.5.zip(r.6).map(|(id, display_name)| PersonRef {
                    id: UserId(id),
                    display_name,
                }),
                updated_at: r.7,
                messages: r.8,
            })
        })
        .collect())
}

/// How many conversations of a community are open, waiting and closed.
pub async fn counts(db: &Db, community: i64) -> ServiceResult<(i64, i64, i64)> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT status, COUNT(*) FROM inbox_conversations WHERE community_id = $1 GROUP BY status",
    )
    .bind(community)
    .fetch_all(&db.pool)
    .await
    .context("counting conversations")?;
    let n = |s: &str| rows.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    Ok((n("open"), n("waiting"), n("closed")))
}

/// A conversation's messages in order.
pub async fn messages(db: &Db, conversation: i64) -> ServiceResult<Vec<InboxMessage>> {
    type MessageRow = (i64, String, Option<i64>, Option<String>, String, i64);
    let rows: Vec<MessageRow> = sqlx::query_as(
        "SELECT m.id, m.direction, m.author_id, p.display_name, m.body, m.created_at \
         FROM inbox_messages m LEFT JOIN profiles p ON p.user_id = m.author_id \
         WHERE m.conversation_id = $1 ORDER BY m.id",
    )
    .bind(conversation)
    .fetch_all(&db.pool)
    .await
    .context("reading a conversation's messages")?;
    let mut attached = attachments(db, conversation).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(InboxMessage {
                id: r.0,
                direction: MessageDirection::parse(&r.1)?,
                author: r.2.zip(r.3).map(|(id, display_name)| PersonRef {
                    id: UserId(id),
                    display_name,
                }),
                body: r.4,
                attachments: attached.remove(&r.0).unwrap_or_default(),
                created_at: r.5,
            })
        })
        .collect())
}

/// A conversation's attachments, by message.
async fn attachments(
    db: &Db,
    conversation: i64,
) -> ServiceResult<std::collections::HashMap<i64, Vec<InboxAttachment>>> {
    let rows: Vec<(i64, i64, String, String, i64)> = sqlx::query_as(
        "SELECT a.id, a.message_id, a.name, a.content_type, a.size FROM inbox_attachments a \
         JOIN inbox_messages m ON m.id = a.message_id WHERE m.conversation_id = $1 ORDER BY a.id",
    )
    .bind(conversation)
    .fetch_all(&db.pool)
    .await
    .context("reading a conversation's attachments")?;
    let mut by_message: std::collections::HashMap<i64, Vec<InboxAttachment>> = Default::default();
    for (id, message, name, content_type, size) in rows {
        let path = format!(
            "/inbox/attachments/{id}/{}",
            crate::model::site_path::encode_query_value(&name)
        );
        by_message
            .entry(message)
            .or_default()
            .push(InboxAttachment {
                id,
                name,
                content_type,
                size,
                path,
            });
    }
    Ok(by_message)
}

/// An attachment kept with a message in.
pub struct NewAttachment {
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub blob_hash: String,
}

/// Records a message's attachments, inside the transaction that adds the message.
pub async fn add_attachments_in(
    tx: &mut sqlx::AnyConnection,
    message: i64,
    attachments: &[NewAttachment],
) -> ServiceResult<()> {
    for a in attachments {
        sqlx::query(
            "INSERT INTO inbox_attachments (message_id, name, content_type, size, blob_hash) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(message)
        .bind(&a.name)
        .bind(&a.content_type)
        .bind(a.size)
        .bind(&a.blob_hash)
        .execute(&mut *tx)
        .await
        .context("keeping an attachment")?;
    }
    Ok(())
}

/// An attachment to download: its conversation (whose community decides who may), name,
/// type, size and stored bytes.
pub struct AttachmentRow {
    pub conversation: i64,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    pub blob_hash: String,
}

/// One attachment, if it exists.
pub async fn attachment(db: &Db, id: i64) -> ServiceResult<Option<AttachmentRow>> {
    let row: Option<(i64, String, String, i64, String)> = sqlx::query_as(
        "SELECT m.conversation_id, a.name, a.content_type, a.size, a.blob_hash \
         FROM inbox_attachments a JOIN inbox_messages m ON m.id = a.message_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .context("reading an attachment")?;
    Ok(row.map(
        |(conversation, name, content_type, size, blob_hash)| AttachmentRow {
            conversation,
            name,
            content_type,
            size,
            blob_hash,
        },
    ))
}

/// The mail ids of a conversation's messages in and out, in order (for `References`), and
/// the latest one that came in (for `In-Reply-To`).
pub async fn thread_ids(
    db: &Db,
    conversation: i64,
) -> ServiceResult<(Vec<String>, Option<String>)> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT direction, message_id FROM inbox_messages \
         WHERE conversation_id = $1 AND message_id IS NOT NULL ORDER BY id",
    )
    .bind(conversation)
    .fetch_all(&db.pool)
    .await
    .context("reading a conversation's mail ids")?;
    let last_in = rows
        .iter()
        .rev()
        .find(|(d, _)| d == "in")
        .map(|(_, id)| id.clone());
    Ok((rows.into_iter().map(|(_, id)| id).collect(), last_in))
}

/// The conversation of a community that one of these mail ids belongs to.
pub async fn by_mail_ids(db: &Db, community: i64, ids: &[String]) -> ServiceResult<Option<i64>> {
    for id in ids.iter().rev() {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT c.id FROM inbox_messages m JOIN inbox_conversations c ON c.id = m.conversation_id \
             WHERE m.message_id = $1 AND c.community_id = $2 LIMIT 1",
        )
        .bind(id)
        .bind(community)
        .fetch_optional(&db.pool)
        .await
        .context("threading a mail")?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// Starts a conversation, inside the transaction that adds its first message; its id.
pub async fn create_in(
    tx: &mut sqlx::AnyConnection,
    community: i64,
    subject: &str,
    correspondent: &str,
    name: &str,
    now: i64,
) -> ServiceResult<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO inbox_conversations (community_id, subject, correspondent, correspondent_name, \
         status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'open', $5, $5) RETURNING id",
    )
    .bind(community)
    .bind(subject)
    .bind(correspondent)
    .bind(name)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .context("starting a conversation")?;
    Ok(id)
}

/// A message in a conversation. `status`: what the conversation becomes (a mail in opens
/// it again, a reply out waits for the correspondent); `None` leaves it.
pub struct NewMessage<'a> {
    pub conversation: i64,
    pub direction: MessageDirection,
    pub author: Option<UserId>,
    pub body: &'a str,
    pub message_id: Option<&'a str>,
    pub status: Option<ConversationStatus>,
    pub now: i64,
}

pub async fn add_message(db: &Db, m: NewMessage<'_>) -> ServiceResult<i64> {
    let mut tx = db.pool.begin().await.context("adding a message")?;
    let id = add_message_in(&mut tx, m).await?;
    tx.commit().await.context("adding a message")?;
    Ok(id)
}

/// [`add_message`] inside the caller's transaction (a reply is recorded with its mail).
pub async fn add_message_in(tx: &mut sqlx::AnyConnection, m: NewMessage<'_>) -> ServiceResult<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO inbox_messages (conversation_id, direction, author_id, body, message_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(m.conversation)
    .bind(m.direction.as_str())
    .bind(m.author.map(|u| u.0))
    .bind(m.body)
    .bind(m.message_id)
    .bind(m.now)
    .fetch_one(&mut *tx)
    .await
    .context("adding a message")?;
    sqlx::query(
        "UPDATE inbox_conversations SET updated_at = $2, status = COALESCE($3, status) WHERE id = $1",
    )
    .bind(m.conversation)
    .bind(m.now)
    .bind(m.status.map(ConversationStatus::as_str))
    .execute(&mut *tx)
    .await
    .context("adding a message")?;
    Ok(id)
}

pub async fn set_status(
    db: &Db,
    id: i64,
    status: ConversationStatus,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query("UPDATE inbox_conversations SET status = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(status.as_str())
        .bind(now)
        .execute(&db.pool)
        .await
        .context("changing a conversation's status")?;
    Ok(())
}

pub async fn set_assignee(
    conn: &mut sqlx::AnyConnection,
    id: i64,
    who: Option<UserId>,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query("UPDATE inbox_conversations SET assignee_id = $2, updated_at = $3 WHERE id = $1")
        .bind(id)
        .bind(who.map(|u| u.0))
        .bind(now)
        .execute(&mut *conn)
        .await
        .context("assigning a conversation")?;
    Ok(())
}

/// Records what a conversation became.
pub async fn set_converted(
    db: &Db,
    id: i64,
    topic: Option<i64>,
    wiki_path: Option<&str>,
) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE inbox_conversations SET topic_id = COALESCE($2, topic_id), \
         wiki_path = COALESCE($3, wiki_path) WHERE id = $1",
    )
    .bind(id)
    .bind(topic)
    .bind(wiki_path)
    .execute(&db.pool)
    .await
    .context("recording what a conversation became")?;
    Ok(())
}

/// The members of a community, by name (whom a conversation can be assigned to).
pub async fn team(db: &Db, community: i64) -> ServiceResult<Vec<PersonRef>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT p.user_id, p.display_name FROM community_members m JOIN profiles p ON p.user_id = m.user_id \
         JOIN users u ON u.id = m.user_id \
         WHERE m.community_id = $1 AND u.disabled_at IS NULL ORDER BY p.display_name LIMIT 500",
    )
    .bind(community)
    .fetch_all(&db.pool)
    .await
    .context("listing a community's team")?;
    Ok(rows
        .into_iter()
        .map(|(id, display_name)| PersonRef {
            id: UserId(id),
            display_name,
        })
        .collect())
}

/// The community with this inbox address (its id), if any and not archived.
pub async fn community_of_address(db: &Db, local: &str) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM communities WHERE inbox_local = $1 AND archived_at IS NULL")
        .bind(local)
        .fetch_optional(&db.pool)
        .await
        .context("finding a community by its inbox address")
}

/// The community's inbox address (its local part), if it has one.
pub async fn address_of(db: &Db, community: i64) -> ServiceResult<Option<String>> {
    let local: Option<Option<String>> =
        sqlx::query_scalar("SELECT inbox_local FROM communities WHERE id = $1")
            .bind(community)
            .fetch_optional(&db.pool)
            .await
            .context("reading a community's inbox address")?;
    Ok(local.flatten())
}

/// Gives a community an inbox address, unless another community has it (as a posting or an
/// inbox address); whether it was set.
pub async fn set_address(db: &Db, community: i64, local: Option<&str>) -> ServiceResult<bool> {
    let done = sqlx::query(
        "UPDATE communities SET inbox_local = $2 WHERE id = $1 AND NOT EXISTS \
         (SELECT 1 FROM communities o WHERE (o.inbox_local = $2 AND o.id <> $1) OR o.mail_local = $2)",
    )
    .bind(community)
    .bind(local)
    .execute(&db.pool)
    .await
    .context("setting a community's inbox address")?;
    Ok(done.rows_affected() == 1)
}
