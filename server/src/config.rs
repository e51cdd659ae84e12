//! Configuration shared by every subcommand: flags, each with an environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Args;

/// Where the data lives and how the server is reached.
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// The data directory; holds the SQLite database unless a database URL is given.
    #[arg(
        long,
        env = "GEMENSKAP_DATA_DIR",
        default_value = "data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// `sqlite:PATH` or `postgres://...`; defaults to `sqlite:<data dir>/gemenskap.db`.
    #[arg(long, env = "GEMENSKAP_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The address `serve` listens on.
    #[arg(
        long,
        env = "GEMENSKAP_BIND",
        default_value = "127.0.0.1:3000",
        global = true
    )]
    pub bind: SocketAddr,
    /// Mark session cookies `Secure`; set it when users reach the server over https.
    #[arg(
        long,
        env = "GEMENSKAP_SECURE_COOKIES",
        default_value_t = false,
        global = true
    )]
    pub secure_cookies: bool,
    /// Behind a reverse proxy: take the client address (for login throttling) from the last
    /// `X-Forwarded-For` entry. Only set it when the proxy always sets that header.
    #[arg(
        long,
        env = "GEMENSKAP_TRUST_FORWARDED_FOR",
        default_value_t = false,
        global = true
    )]
    pub trust_forwarded_for: bool,
    /// The site's address as people's browsers reach it, for example
    /// `https://intranet.bank.example`; only pages from there may post with the session
    /// cookie. Without it, the request's own host is the site.
    #[arg(long, env = "GEMENSKAP_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
    /// How generous the per-person request limits are (writes, previews, searches,
    /// suggestions): 1 as designed, 10 for ten times as many (load tests), 0 for none.
    #[arg(
        long,
        env = "GEMENSKAP_RATE_LIMIT_SCALE",
        default_value_t = 1.0,
        global = true
    )]
    pub rate_limit_scale: f64,
    /// Hours a session lasts unused before it ends (it ends 14 days after login anyway).
    #[arg(
        long,
        env = "GEMENSKAP_SESSION_IDLE_HOURS",
        default_value_t = 12,
        global = true
    )]
    pub session_idle_hours: u32,
    /// Connections in the database pool.
    #[arg(
        long,
        env = "GEMENSKAP_DB_CONNECTIONS",
        default_value_t = 8,
        global = true
    )]
    pub db_connections: u32,
    /// The mail server the intranet's mail goes to, `smtp://[user:password@]host[:port]`
    /// (for example `smtp://127.0.0.1:2525`), ending in `?tls=required` for STARTTLS, or
    /// `smtps://…` for TLS from the start. Without it no mail is queued or sent.
    #[arg(long, env = "GEMENSKAP_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// A PEM file with the certificate authority that signed the mail server's certificate,
    /// when the system does not trust it already (the bank's own CA).
    #[arg(long, env = "GEMENSKAP_SMTP_CA_FILE", global = true)]
    pub smtp_ca_file: Option<String>,
    /// The sender of the intranet's mail, for example `Intranet <intranet@bank.example>`;
    /// defaults to `gemenskap@` the mail domain, or the site's host.
    #[arg(long, env = "GEMENSKAP_MAIL_FROM", global = true)]
    pub mail_from: Option<String>,
    /// The domain of the intranet's own mail addresses (replies, communities' addresses).
    #[arg(long, env = "GEMENSKAP_MAIL_DOMAIN", global = true)]
    pub mail_domain: Option<String>,
    /// How often, in milliseconds, the mail sender looks for mail to send.
    #[arg(
        long,
        env = "GEMENSKAP_MAIL_POLL_MS",
        default_value_t = 2000,
        global = true
    )]
    pub mail_poll_ms: u64,
    /// Where the intranet takes mail in by SMTP from the bank's mail server, for example
    /// `127.0.0.1:2526`. Without it no mail is taken in (and mails carry no reply address).
    #[arg(long, env = "GEMENSKAP_MAIL_LISTEN", global = true)]
    pub mail_listen: Option<std::net::SocketAddr>,
    /// The addresses (or networks, `10.20.0.0/16`) allowed to hand mail in, comma-separated.
    #[arg(
        long,
        env = "GEMENSKAP_MAIL_RELAYS",
        default_value = "127.0.0.1,::1",
        global = true
    )]
    pub mail_relays: String,
    /// The largest mail taken in, in megabytes.
    #[arg(
        long,
        env = "GEMENSKAP_MAIL_MAX_MB",
        default_value_t = 25,
        global = true
    )]
    pub mail_max_mb: u64,
}

impl Config {
    /// The site's address for links in mail: the public address, else the bind address.
    pub fn site_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind))
    }

    /// The domain of the intranet's own mail addresses: the configured one, else the site's
    /// host.
    fn mail_domain(&self) -> String {
        self.mail_domain.clone().unwrap_or_else(|| {
            let site = self.site_url();
            let host = site.split("://").nth(1).unwrap_or("localhost");
            let host = host.split(['/', ':']).next().unwrap_or("localhost");
            host.to_owned()
        })
    }

    /// How mail is taken in, when it is.
    pub fn mail_listen(
        &self,
    ) -> anyhow::Result<Option<app::server::mail::inbound::listener::ListenSettings>> {
        use app::server::mail::inbound::listener::{ListenSettings, Relay};
        let Some(addr) = self.mail_listen else {
            return Ok(None);
        };
        let mut relays = Vec::new();
        for part in self.mail_relays.split(',').filter(|p| !p.trim().is_empty()) {
            relays.push(Relay::parse(part).ok_or_else(|| {
                anyhow::anyhow!("GEMENSKAP_MAIL_RELAYS: {part:?} is not an address or a network")
            })?);
        }
        Ok(Some(ListenSettings {
            addr,
            domain: self.mail_domain(),
            relays,
            max_bytes: usize::try_from(self.mail_max_mb.saturating_mul(1024 * 1024))
                .unwrap_or(usize::MAX),
        }))
    }

    /// How mail leaves this intranet.
    pub fn mail(&self) -> app::server::mail::MailSettings {
        let site = self.site_url();
        let domain = self.mail_domain();
        app::server::mail::MailSettings {
            smtp_url: self.smtp_url.clone().filter(|u| !u.trim().is_empty()),
            smtp_ca_file: self.smtp_ca_file.clone().filter(|f| !f.trim().is_empty()),
            from: self
                .mail_from
                .clone()
                .unwrap_or_else(|| format!("gemenskap@{domain}")),
            site_url: site,
            poll_ms: self.mail_poll_ms,
            inbound_domain: self.mail_listen.map(|_| domain.clone()),
        }
    }

    /// The database URL in force; creates the data directory for the default SQLite file.
    pub fn database_url(&self) -> anyhow::Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.clone());
        }
        std::fs::create_dir_all(&self.data_dir)?;
        let path = self.data_dir.join("gemenskap.db");
        Ok(format!("sqlite:{}?mode=rwc", path.display()))
    }
}
