//! Keyset cursors: the sort key and id of the last row of a page, in a form that is safe in
//! a URL as it is. A cursor that does not decode is an invalid request, never a fault.

use crate::error::AppError;

/// A cursor for pages ordered by a text key and an id.
pub fn encode(sort_key: &str, id: i64) -> String {
    format!("{id}.{}", hex::encode(sort_key.as_bytes()))
}

/// The key and id of a cursor made by [`encode`].
pub fn decode(c: &str) -> Option<(String, i64)> {
    let (id, key) = c.split_once('.')?;
    let key = String::from_utf8(hex::decode(key).ok()?).ok()?;
    Some((key, id.parse().ok()?))
}

/// The decoded cursor of a request, if one was given.
pub fn parse(c: Option<&str>) -> Result<Option<(String, i64)>, AppError> {
    match c.filter(|c| !c.is_empty()) {
        Some(c) => decode(c).map(Some).ok_or_else(|| AppError::InvalidRequest {
            detail: "cursor".into(),
        }),
        None => Ok(None),
    }
}

/// A cursor for pages ordered by a number (a time) and an id.
pub fn encode_numeric(key: i64, id: i64) -> String {
    format!("{key}.{id}")
}

/// The decoded numeric cursor of a request, if one was given.
pub fn parse_numeric(c: Option<&str>) -> Result<Option<(i64, i64)>, AppError> {
    let Some(c) = c.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    c.split_once('.')
        .and_then(|(k, i)| Some((k.parse().ok()?, i.parse().ok()?)))
        .map(Some)
        .ok_or_else(|| AppError::InvalidRequest {
            detail: "cursor".into(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_survives_the_round_trip() {
        let c = encode("åsa lindqvist", 42);
        assert_eq!(decode(&c), Some(("åsa lindqvist".to_owned(), 42)));
        assert_eq!(decode("garbage"), None);
        assert_eq!(parse(Some("")), Ok(None));
        assert!(parse(Some("x.zz")).is_err());
        assert_eq!(
            parse_numeric(Some(&encode_numeric(1700, 3))),
            Ok(Some((1700, 3)))
        );
        assert!(parse_numeric(Some("1700")).is_err());
    }
}
