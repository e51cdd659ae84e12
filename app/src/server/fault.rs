//! Server-side errors and their one conversion to `AppError`.
//!
//! Services return `ServiceError`: either an `AppError` meant for the caller, or a fault with
//! context. The conversion is the one place that logs a fault's whole chain and hands the
//! caller a reference id instead of the text.

use rand::Rng;

use crate::error::AppError;

/// What a service call can fail with.
#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    /// An answer for the caller (not found, validation, ...).
    #[error("{0}")]
    Caller(#[from] AppError),
    /// A fault: the database, hashing, a task that failed.
    #[error("{context}")]
    Fault {
        context: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Adds what the service was doing to a low-level error.
pub trait Context<T> {
    fn context(self, context: &'static str) -> Result<T, ServiceError>;
}

impl<T, E> Context<T> for Result<T, E>
where
    E: std::error::Error + Send + Sync + 'static,
{
    fn context(self, context: &'static str) -> Result<T, ServiceError> {
        self.map_err(|e| ServiceError::Fault {
            context,
            source: Box::new(e),
        })
    }
}

impl From<ServiceError> for AppError {
    fn from(err: ServiceError) -> Self {
        match err {
            ServiceError::Caller(e) => e,
            ServiceError::Fault { context, source } => {
                let reference = new_reference();
                let mut chain = format!("{context}: {source}");
                let mut next = source.source();
                while let Some(cause) = next {
                    chain.push_str(&format!(": {cause}"));
                    next = cause.source();
                }
                tracing::error!(reference = %reference, "{chain}");
                AppError::Internal { reference }
            }
        }
    }
}

/// A short random id a person can read out to the helpdesk.
fn new_reference() -> String {
    let n: u32 = rand::thread_rng().r#gen();
    format!("{n:08x}")
}

pub type ServiceResult<T> = Result<T, ServiceError>;
