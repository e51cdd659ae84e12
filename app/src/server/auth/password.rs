//! Password hashing with argon2id, and the password rules.
//!
//! Hashing is deliberately slow and memory-hard (argon2id takes 19 MiB each time), so it runs
//! on a few threads of its own, one per core, never on the async workers: a burst of 200
//! logins waits its turn instead of taking 200 × 19 MiB. Its own threads, not tokio's blocking
//! pool, because the allocator keeps each thread's freed 19 MiB for that thread: on a pool that
//! grows under a burst, a burst of 200 logins left the server at 450 MB; on fixed threads the
//! memory stays that of one hash per core.

use std::sync::{Arc, LazyLock, Mutex, mpsc};

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};

use crate::error::{AppError, FieldError};
use crate::server::fault::{Context, ServiceResult};

pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 200;

/// A hash of a password nobody has, verified against when the e-mail is unknown, so that an
/// unknown e-mail takes as long to refuse as a wrong password.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(b"no account has this password", &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// A hashing job and where its answer goes.
type Job = Box<dyn FnOnce() + Send>;

/// The hashing threads' queue; the threads start on first use.
static HASHING: LazyLock<mpsc::Sender<Job>> = LazyLock::new(|| {
    let (send, receive) = mpsc::channel::<Job>();
    let receive = Arc::new(Mutex::new(receive));
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    for n in 0..threads {
        let receive = receive.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("hashing-{n}"))
            .spawn(move || {
                loop {
                    let job = match receive.lock() {
                        Ok(queue) => queue.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            });
        if spawned.is_err() {
            tracing::error!("could not start a password hashing thread");
        }
    }
    send
});

/// Runs one hashing job on the hashing threads and waits for it without holding a worker.
async fn bounded<T: Send + 'static>(job: impl FnOnce() -> T + Send + 'static) -> ServiceResult<T> {
    let (answer, answered) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = answer.send(job());
    });
    HASHING
        .send(job)
        .map_err(|_| HashingStopped)
        .context("queueing a hashing job")?;
    answered.await.context("waiting for a hashing job")
}

/// The hashing threads are gone (they only stop when the process does).
#[derive(Debug, thiserror::Error)]
#[error("the hashing threads have stopped")]
struct HashingStopped;

/// Checks a new password against the rules; `field` names the form field in the error.
pub fn validate_new(password: &str, field: &str) -> Result<(), AppError> {
    let n = password.chars().count();
    if n < MIN_PASSWORD {
        return Err(AppError::validation(vec![FieldError::with_limit(
            field,
            "too_short",
            MIN_PASSWORD as u32,
        )]));
    }
    if n > MAX_PASSWORD {
        return Err(AppError::validation(vec![FieldError::with_limit(
            field,
            "too_long",
            MAX_PASSWORD as u32,
        )]));
    }
    Ok(())
}

/// Hashes a password (argon2id, random salt) into a PHC string.
pub async fn hash(password: String) -> ServiceResult<String> {
    bounded(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await?
    .map_err(HashError)
    .context("hashing a password")
}

/// Whether `password` matches `phc`; with no stored hash, still spends the same time.
pub async fn verify(password: String, phc: Option<String>) -> ServiceResult<bool> {
    let known = phc.is_some();
    let phc = phc.unwrap_or_else(|| DUMMY_HASH.clone());
    let ok = bounded(move || {
        PasswordHash::new(&phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await?;
    Ok(known && ok)
}

/// argon2's error type does not implement `std::error::Error` in every version; wrap it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct HashError(argon2::password_hash::Error);
