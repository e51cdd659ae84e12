//! The SMTP listener that takes mail from the bank's mail server (`GEMENSKAP_MAIL_LISTEN`).
//! Off unless configured. It answers only the configured relays, takes mail only for the
//! intranet's own domain and its own addresses (others are refused at `RCPT`), and refuses
//! messages over the size limit. Commands are read by `smtp-proto`; what a message becomes
//! is `deliver`'s. No TLS and no AUTH: it listens on the bank's internal network, behind its
//! mail server, which does the checks on outside senders (SPF, DKIM, DMARC).

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use smtp_proto::request::receiver::{DataReceiver, RequestReceiver};
use smtp_proto::{Error as ProtoError, Request};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::server::ctx::Backend;

use super::deliver::{self, Address, Verdict};

/// How the listener is set up.
#[derive(Debug, Clone)]
pub struct ListenSettings {
    pub addr: SocketAddr,
    /// The domain of the intranet's addresses.
    pub domain: String,
    /// Who may hand mail in.
    pub relays: Vec<Relay>,
    /// The largest message taken, in bytes.
    pub max_bytes: usize,
}

/// A relay's address, or a network of them (`10.20.0.0/16`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Relay {
    net: IpAddr,
    prefix: u8,
}

impl Relay {
    /// `a.b.c.d`, `a.b.c.d/n`, an IPv6 address or network.
    pub fn parse(s: &str) -> Option<Relay> {
        let s = s.trim();
        let (ip, prefix) = match s.split_once('/') {
            Some((ip, p)) => (ip.parse::<IpAddr>().ok()?, p.parse::<u8>().ok()?),
            None => {
                let ip = s.parse::<IpAddr>().ok()?;
                (ip, if ip.is_ipv4() { 32 } else { 128 })
            }
        };
        let max = if ip.is_ipv4() { 32 } else { 128 };
        (prefix <= max).then_some(Relay { net: ip, prefix })
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        // An IPv4 peer may arrive as an IPv4-mapped IPv6 address on a dual-stack socket.
        let ip = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
            v4 => v4,
        };
        match (self.net, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// Most recipients of one message.
const MAX_RECIPIENTS: usize = 50;
/// A client that says nothing for this long is let go.
const IDLE: Duration = Duration::from_secs(300);

/// Starts listening; each connection is served on its own task.
pub async fn spawn(backend: Backend, settings: ListenSettings) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(settings.addr).await?;
    let bound = listener.local_addr()?;
    tracing::info!(addr = %bound, domain = %settings.domain, "taking mail in");
    tokio::spawn(async move {
        loop {
            match listener.accept().await {
                Ok((stream, peer)) => {
                    let backend = backend.clone();
                    let settings = settings.clone();
                    tokio::spawn(async move {
                        if let Err(e) = serve(backend, &settings, stream, peer).await {
                            tracing::debug!(%peer, error = %e, "mail connection ended");
                        }
                    });
                }
                Err(e) => {
                    tracing::warn!(error = %e, "accepting a mail connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
    });
    Ok(bound)
}

/// One message being handed over.
#[derive(Default)]
struct Envelope {
    from: Option<String>,
    to: Vec<(String, Address)>,
}

struct Session {
    stream: TcpStream,
    buf: Vec<u8>,
    /// How much of `buf` is read already.
    at: usize,
}

impl Session {
    async fn say(&mut self, line: &str) -> std::io::Result<()> {
        self.stream.write_all(line.as_bytes()).await?;
        self.stream.write_all(b"\r\n").await
    }

    /// More bytes from the client; false when it has gone.
    async fn fill(&mut self) -> std::io::Result<bool> {
        if self.at >= self.buf.len() {
            self.buf.clear();
            self.at = 0;
        }
        let mut chunk = [0u8; 8192];
        let n = tokio::time::timeout(IDLE, self.stream.read(&mut chunk))
            .await
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::TimedOut, "idle"))??;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }
}

async fn serve(
    backend: Backend,
    settings: &ListenSettings,
    stream: TcpStream,
    peer: SocketAddr,
) -> std::io::Result<()> {
    let mut s = Session {
        stream,
        buf: Vec::new(),
        at: 0,
    };
    if !settings.relays.iter().any(|r| r.contains(peer.ip())) {
        tracing::warn!(%peer, "mail from an address that is not a configured relay refused");
        s.say("554 5.7.1 Not a relay of this intranet").await?;
        return Ok(());
    }
    s.say(&format!("220 {} Gemenskap ESMTP", settings.domain))
        .await?;
    let mut receiver = RequestReceiver::default();
    let mut greeted = false;
    let mut env = Envelope::default();
    loop {
        let request = {
            let mut bytes = s.buf[s.at..].iter();
            let before = bytes.len();
            let parsed = receiver.ingest(&mut bytes).map(|r| match r {
                Request::Ehlo { .. } => Command::Ehlo,
                Request::Helo { .. } | Request::Lhlo { .. } => Command::Helo,
                Request::Mail { from } => Command::Mail(from.address.into_owned(), from.size),
                Request::Rcpt { to } => Command::Rcpt(to.address.into_owned()),
                Request::Data => Command::Data,
                Request::Rset => Command::Rset,
                Request::Noop { .. } => Command::Noop,
                Request::Quit => Command::Quit,
                Request::Vrfy { .. } => Command::Vrfy,
                _ => Command::Unsupported,
            });
            s.at += before - bytes.len();
            parsed
        };
        let command = match request {
            Ok(c) => c,
            Err(ProtoError::NeedsMoreData { .. }) => {
                if !s.fill().await? {
                    return Ok(());
                }
                continue;
            }
            Err(ProtoError::ResponseTooLong) => {
                s.say("500 5.5.2 Line too long").await?;
                continue;
            }
            Err(ProtoError::UnknownCommand) => {
                s.say("500 5.5.1 Unknown command").await?;
                continue;
            }
            Err(_) => {
                s.say("501 5.5.4 Syntax error").await?;
                continue;
            }
        };
        match command {
            Command::Ehlo => {
                greeted = true;
                env = Envelope::default();
                s.say(&format!(
                    "250-{}\r\n250-SIZE {}\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES",
                    settings.domain, settings.max_bytes
                ))
                .await?;
            }
            Command::Helo => {
                greeted = true;
                env = Envelope::default();
                s.say(&format!("250 {}", settings.domain)).await?;
            }
            Command::Mail(_, _) if !greeted => s.say("503 5.5.1 Say EHLO first").await?,
            Command::Mail(_, _) if env.from.is_some() => {
                s.say("503 5.5.1 Sender already given").await?;
            }
            Command::Mail(_, size) if size > settings.max_bytes => {
                s.say("552 5.3.4 Message too big").await?;
            }
            Command::Mail(from, _) => {
                env.from = Some(from);
                s.say("250 2.1.0 OK").await?;
            }
            Command::Rcpt(_) if env.from.is_none() => s.say("503 5.5.1 Sender first").await?,
            Command::Rcpt(_) if env.to.len() >= MAX_RECIPIENTS => {
                s.say("452 4.5.3 Too many recipients").await?;
            }
            Command::Rcpt(to) => {
                let reply = match recipient(&backend, settings, &to).await {
                    Ok(Ok(address)) => {
                        env.to.push((to, address));
                        "250 2.1.5 OK"
                    }
                    Ok(Err(refusal)) => refusal,
                    Err(e) => {
                        tracing::error!(error = %e, "looking up a mail address");
                        "451 4.3.0 Try again later"
                    }
                };
                s.say(reply).await?;
            }
            Command::Data if env.to.is_empty() => s.say("503 5.5.1 Recipients first").await?,
            Command::Data => {
                s.say("354 End data with <CR><LF>.<CR><LF>").await?;
                let Some(message) = read_data(&mut s, settings.max_bytes).await? else {
                    s.say("552 5.3.4 Message too big").await?;
                    env = Envelope::default();
                    continue;
                };
                let reply = hand_over(&backend, &env, &message).await;
                s.say(&reply).await?;
                env = Envelope::default();
            }
            Command::Rset => {
                env = Envelope::default();
                s.say("250 2.0.0 OK").await?;
            }
            Command::Noop => s.say("250 2.0.0 OK").await?,
            Command::Vrfy => s.say("252 2.5.0 Cannot verify").await?,
            Command::Quit => {
                s.say("221 2.0.0 Bye").await?;
                return Ok(());
            }
            Command::Unsupported => s.say("502 5.5.1 Not implemented").await?,
        }
    }
}

enum Command {
    Ehlo,
    Helo,
    Mail(String, usize),
    Rcpt(String),
    Data,
    Rset,
    Noop,
    Quit,
    Vrfy,
    Unsupported,
}

/// Whether `to` is one of ours: the address, or the reply for the mail server.
async fn recipient(
    backend: &Backend,
    settings: &ListenSettings,
    to: &str,
) -> crate::server::fault::ServiceResult<Result<Address, &'static str>> {
    let Some((local, domain)) = to.rsplit_once('@') else {
        return Ok(Err("550 5.1.3 Not an address"));
    };
    if !domain.eq_ignore_ascii_case(&settings.domain) {
        return Ok(Err("550 5.7.1 Relaying denied"));
    }
    Ok(deliver::address(&backend.db, local)
        .await?
        .ok_or("550 5.1.1 No such address here"))
}

/// The message after `DATA`, dot-unstuffed; `None` when it was over the limit (read to its
/// end all the same, so the conversation goes on).
async fn read_data(s: &mut Session, max: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut data = DataReceiver::new();
    let mut message = Vec::new();
    let mut over = false;
    loop {
        let done = {
            let mut bytes = s.buf[s.at..].iter();
            let before = bytes.len();
            let done = data.ingest(&mut bytes, &mut message);
            s.at += before - bytes.len();
            done
        };
        if message.len() > max {
            over = true;
            message.clear();
        }
        if done {
            return Ok((!over).then_some(message));
        }
        if !s.fill().await? {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the client left during DATA",
            ));
        }
    }
}

/// Hands one message to each of its recipients; the reply for the mail server. With several
/// recipients, one taken is enough for `250` (the others are answered by mail or logged).
async fn hand_over(backend: &Backend, env: &Envelope, message: &[u8]) -> String {
    let mut first_refusal: Option<(u16, &'static str)> = None;
    let mut taken = false;
    for (to, address) in &env.to {
        match deliver::take(backend, address, to, message).await {
            Ok(Verdict::Taken) => taken = true,
            Ok(Verdict::Rejected(code, text)) => {
                first_refusal.get_or_insert((code, text));
            }
            Err(e) => {
                tracing::error!(error = %e, %to, "taking a mail in");
                return "451 4.3.0 Try again later".to_owned();
            }
        }
    }
    match first_refusal {
        Some((code, text)) if !taken => format!("{code} {text}"),
        _ => "250 2.0.0 Taken".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relays_are_addresses_or_networks() {
        let one = Relay::parse("10.20.1.15").unwrap();
        assert!(one.contains("10.20.1.15".parse().unwrap()));
        assert!(!one.contains("10.20.1.16".parse().unwrap()));
        let net = Relay::parse("10.20.0.0/16").unwrap();
        assert!(net.contains("10.20.255.1".parse().unwrap()));
        assert!(!net.contains("10.21.0.1".parse().unwrap()));
        assert!(net.contains("::ffff:10.20.3.4".parse().unwrap()));
        let v6 = Relay::parse("fd00::/8").unwrap();
        assert!(v6.contains("fd12::1".parse().unwrap()));
        assert!(!v6.contains("10.20.0.1".parse().unwrap()));
        assert_eq!(Relay::parse("10.0.0.0/33"), None);
        assert_eq!(Relay::parse("mail.bank.example"), None);
    }
}
