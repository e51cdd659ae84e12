//! The word-level difference between two versions of a page: runs of equal, inserted and
//! deleted words, with long unchanged stretches skipped so a change reads on a phone.

use similar::{ChangeTag, TextDiff};

use crate::model::wiki::{DIFF_CONTEXT_WORDS, DiffOp, DiffPart};

/// The difference from `old` to `new`, with the number of words inserted and deleted.
pub fn word_diff(old: &str, new: &str) -> (Vec<DiffPart>, u32, u32) {
    let diff = TextDiff::from_words(old, new);
    let mut parts: Vec<DiffPart> = Vec::new();
    let (mut inserted, mut deleted) = (0u32, 0u32);
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => DiffOp::Equal,
            ChangeTag::Insert => DiffOp::Insert,
            ChangeTag::Delete => DiffOp::Delete,
        };
        let text = change.value();
        if !text.trim().is_empty() {
            match op {
                DiffOp::Insert => inserted += 1,
                DiffOp::Delete => deleted += 1,
                _ => {}
            }
        }
        match parts.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => parts.push(DiffPart {
                op,
                text: text.to_owned(),
                words: None,
            }),
        }
    }
    (
        skip_long_equal_runs(group_changes(parts)),
        inserted,
        deleted,
    )
}

/// Reads a change as one: between two changed words, the spaces are part of the change, and
/// all that was removed is shown before all that was added (word by word alternation is
/// unreadable when a sentence is rewritten).
fn group_changes(parts: Vec<DiffPart>) -> Vec<DiffPart> {
    let mut out: Vec<DiffPart> = Vec::with_capacity(parts.len());
    let (mut gone, mut added) = (String::new(), String::new());
    let flush = |out: &mut Vec<DiffPart>, gone: &mut String, added: &mut String| {
        for (op, text) in [(DiffOp::Delete, gone), (DiffOp::Insert, added)] {
            if !text.is_empty() {
                out.push(DiffPart {
                    op,
                    text: std::mem::take(text),
                    words: None,
                });
            }
        }
    };
    let mut iter = parts.into_iter().peekable();
    while let Some(part) = iter.next() {
        match part.op {
            DiffOp::Delete => gone.push_str(&part.text),
            DiffOp::Insert => added.push_str(&part.text),
            _ => {
                let in_change = !(gone.is_empty() && added.is_empty());
                let next_changes = iter
                    .peek()
                    .is_some_and(|n| matches!(n.op, DiffOp::Delete | DiffOp::Insert));
                if in_change && next_changes && part.text.trim().is_empty() {
                    gone.push_str(&part.text);
                    added.push_str(&part.text);
                    continue;
                }
                flush(&mut out, &mut gone, &mut added);
                out.push(part);
            }
        }
    }
    flush(&mut out, &mut gone, &mut added);
    out
}

/// Keeps [`DIFF_CONTEXT_WORDS`] words of unchanged text on each side of a change and
/// replaces the rest of a long unchanged run with a `skip` part.
fn skip_long_equal_runs(parts: Vec<DiffPart>) -> Vec<DiffPart> {
    let last = parts.len().saturating_sub(1);
    let mut out = Vec::with_capacity(parts.len());
    for (i, part) in parts.into_iter().enumerate() {
        if part.op != DiffOp::Equal {
            out.push(part);
            continue;
        }
        let words: Vec<&str> = part.text.split_inclusive(char::is_whitespace).collect();
        let counted = words.iter().filter(|w| !w.trim().is_empty()).count();
        let keep_before = if i == 0 { 0 } else { DIFF_CONTEXT_WORDS };
        let keep_after = if i == last { 0 } else { DIFF_CONTEXT_WORDS };
        if counted <= keep_before + keep_after + DIFF_CONTEXT_WORDS {
            out.push(part);
            continue;
        }
        let head: String = words[..keep_before].concat();
        let tail: String = words[words.len() - keep_after..].concat();
        if !head.is_empty() {
            out.push(DiffPart {
                op: DiffOp::Equal,
                text: head,
                words: None,
            });
        }
        out.push(DiffPart {
            op: DiffOp::Skip,
            text: String::new(),
            words: Some((counted - keep_before - keep_after) as u32),
        });
        if !tail.is_empty() {
            out.push(DiffPart {
                op: DiffOp::Equal,
                text: tail,
                words: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(parts: &[DiffPart]) -> Vec<(DiffOp, &str)> {
        parts.iter().map(|p| (p.op, p.text.as_str())).collect()
    }

    #[test]
    fn changed_words_are_marked_and_the_rest_kept() {
        let (parts, ins, del) = word_diff(
            "Restart the VPN client first.",
            "Restart the Cisco VPN client, then log in.",
        );
        assert_eq!(ins, 5, "{parts:?}");
        assert_eq!(del, 2, "{parts:?}");
        let inserted: String = parts
            .iter()
            .filter(|p| p.op == DiffOp::Insert)
            .map(|p| p.text.as_str())
            .collect();
        assert!(inserted.contains("Cisco"), "{parts:?}");
        assert_eq!(ops(&parts)[0], (DiffOp::Equal, "Restart the "));
    }

    #[test]
    fn a_long_unchanged_stretch_is_skipped_with_context_around_the_change() {
        let words: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let old = words.join(" ");
        let new = old.replace("w100", "changed");
        let (parts, ins, del) = word_diff(&old, &new);
        assert_eq!((ins, del), (1, 1));
        let skipped: Vec<u32> = parts.iter().filter_map(|p| p.words).collect();
        assert_eq!(skipped.len(), 2, "{parts:?}");
        // Before the change: 100 words, of which the last 12 are kept.
        assert_eq!(skipped[0], 100 - DIFF_CONTEXT_WORDS as u32);
        assert!(parts[0].op == DiffOp::Skip, "{parts:?}");
        assert!(
            parts
                .iter()
                .any(|p| p.op == DiffOp::Equal && p.text.contains("w99"))
        );
        assert!(!parts.iter().any(|p| p.text.contains("w80 ")));
    }

    #[test]
    fn a_rewritten_phrase_reads_as_what_went_and_what_came() {
        let (parts, _, _) = word_diff("see the question in the forum", "turn off power saving now");
        let ops: Vec<(DiffOp, &str)> = parts.iter().map(|p| (p.op, p.text.as_str())).collect();
        assert_eq!(
            ops,
            [
                (DiffOp::Delete, "see the question in the forum"),
                (DiffOp::Insert, "turn off power saving now")
            ]
        );
    }

    #[test]
    fn identical_texts_differ_in_nothing() {
        let (parts, ins, del) = word_diff("same words", "same words");
        assert_eq!((ins, del), (0, 0));
        assert!(parts.iter().all(|p| p.op == DiffOp::Equal));
    }
}
