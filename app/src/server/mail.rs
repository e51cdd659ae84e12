//! Mail out: each person's choice of how they hear by mail (`prefs`), the notices and digests
//! written for them (`notice`, `digest`, in their interface language by `compose`), the queue
//! that is also their send log (`queue`), and the task that hands the queue to the SMTP
//! server with retries (`sender`).
//!
//! Two rules hold for every mail. Restricted communities never put content in mail: a mail
//! about one says that something new waits in "a community you belong to", with a link, and
//! nothing more (no title, no name, no author). And who may see is checked again when a mail
//! is sent: a notice whose item the recipient can no longer see, or a digest that counted a
//! community they have left, is not sent as it was written.
//!
//! Nothing is queued while no SMTP server is configured, so turning mail on later does not
//! send a backlog.

pub mod answer;
pub mod compose;
pub mod digest;
pub mod inbound;
pub mod notice;
pub mod period;
pub mod prefs;
pub mod queue;
pub mod reply_address;
pub mod sender;

/// How mail leaves this intranet, from `GEMENSKAP_SMTP_URL`, `GEMENSKAP_MAIL_FROM` and the
/// site's public address.
#[derive(Debug, Clone, Default)]
pub struct MailSettings {
    /// `smtp://host:port` of the mail server that takes the intranet's mail; no mail is
    /// queued or sent without it.
    pub smtp_url: Option<String>,
    /// A PEM certificate authority the mail server's certificate may be signed by, beside the
    /// system's (`GEMENSKAP_SMTP_CA_FILE`: the bank's own), for `smtps://` and STARTTLS.
    pub smtp_ca_file: Option<String>,
    /// The sender, for example `intranet@bank.example`.
    pub from: String,
    /// The site's address as people reach it (`https://intranet.bank.example`), for links.
    pub site_url: String,
    /// How often the sender looks for due mail, in milliseconds (tests shorten it).
    pub poll_ms: u64,
    /// The domain of the intranet's own addresses while mail is taken in
    /// (`GEMENSKAP_MAIL_LISTEN`): notices then carry a reply address, and communities show
    /// their posting address. `None` while no mail is taken in.
    pub inbound_domain: Option<String>,
}

impl MailSettings {
    /// Whether mail goes out at all.
    pub fn enabled(&self) -> bool {
        self.smtp_url.is_some()
    }

    /// `path` on this site as an absolute address, for a mail.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.site_url.trim_end_matches('/'))
    }

    /// `local@` the intranet's mail domain, while mail is taken in.
    pub fn address(&self, local: &str) -> Option<String> {
        self.inbound_domain
            .as_deref()
            .map(|domain| format!("{local}@{domain}"))
    }

    /// The SMTP server without any user or password in its address, for the admins' page.
    pub fn smtp_shown(&self) -> Option<String> {
        self.smtp_url.as_deref().map(without_password)
    }
}

/// An SMTP address without the user and password it may hold, for pages and logs.
pub fn without_password(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
            format!("{scheme}://{host}")
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_admins_page_never_shows_the_smtp_password() {
        let settings = MailSettings {
            smtp_url: Some("smtp://relay:s3cret@mail.bank.example:25".into()),
            ..MailSettings::default()
        };
        assert_eq!(
            settings.smtp_shown().as_deref(),
            Some("smtp://mail.bank.example:25")
        );
    }

    #[test]
    fn links_are_absolute_on_the_public_address() {
        let settings = MailSettings {
            site_url: "https://intranet.bank.example/".into(),
            ..MailSettings::default()
        };
        assert_eq!(
            settings.link("/posts/7"),
            "https://intranet.bank.example/posts/7"
        );
    }
}
