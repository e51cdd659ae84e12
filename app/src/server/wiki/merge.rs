//! Merging two edits of one page made from the same version (a three-way merge by lines):
//! what only one side changed is taken from that side; where both changed the same lines
//! differently, both are kept between marker lines for the editor to choose. Nothing either
//! side wrote is dropped.

use similar::{Algorithm, DiffTag, capture_diff_slices};

/// The line that opens a place where both changed the same lines; the page's text follows.
pub const MARK_OPEN: &str = "<<<<<<<";
/// The line between the page's text and the editor's.
pub const MARK_SPLIT: &str = "=======";
/// The line that closes it.
pub const MARK_CLOSE: &str = ">>>>>>>";

/// The merged text and how many places both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub text: String,
    pub conflicts: u32,
}

/// A change of one side: the base's lines `start..end` became `lines`.
#[derive(Debug, Clone)]
struct Hunk<'a> {
    start: usize,
    end: usize,
    lines: &'a [&'a str],
    ours: bool,
}

/// Merges `theirs` (the page as saved since) and `ours` (the refused edit), both made from
/// `base`.
pub fn merge3(base: &str, theirs: &str, ours: &str) -> Merged {
    let base_lines = lines(base);
    let their_lines = lines(theirs);
    let our_lines = lines(ours);
    let mut hunks = changes(&base_lines, &their_lines, false);
    hunks.extend(changes(&base_lines, &our_lines, true));
    hunks.sort_by_key(|h| (h.start, h.end));

    let mut out: Vec<&str> = Vec::new();
    let mut conflicts = 0u32;
    let mut pos = 0usize;
    let mut i = 0usize;
    while i < hunks.len() {
        // A group: hunks whose base ranges overlap or touch (changes to neighbouring lines
        // are read together, as people read them).
        let (lo, mut hi) = (hunks[i].start, hunks[i].end);
        let mut j = i + 1;
        while j < hunks.len() && hunks[j].start <= hi {
            hi = hi.max(hunks[j].end);
            j += 1;
        }
        let group = &hunks[i..j];
        out.extend_from_slice(&base_lines[pos..lo]);
        let theirs_text = side(&base_lines, group, lo, hi, false);
        let ours_text = side(&base_lines, group, lo, hi, true);
        let both = group.iter().any(|h| h.ours) && group.iter().any(|h| !h.ours);
        if !both || theirs_text == ours_text {
            let taken = if group.iter().any(|h| h.ours) {
                ours_text
            } else {
                theirs_text
            };
            out.extend(taken);
        } else {
            conflicts += 1;
            out.push(MARK_OPEN);
            out.extend(theirs_text);
            out.push(MARK_SPLIT);
            out.extend(ours_text);
            out.push(MARK_CLOSE);
        }
        pos = hi;
        i = j;
    }
    out.extend_from_slice(&base_lines[pos..]);
    Merged {
        text: join(&out),
        conflicts,
    }
}

/// The lines of a text without their line ends (`\r\n` or `\n`).
fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

/// Lines joined with `\n`; marker lines always stand on their own.
fn join(lines: &[&str]) -> String {
    lines.join("\n")
}

/// The changes from `base` to `other`.
fn changes<'a>(base: &[&'a str], other: &'a [&'a str], ours: bool) -> Vec<Hunk<'a>> {
    capture_diff_slices(Algorithm::Myers, base, other)
        .into_iter()
        .filter_map(|op| {
            let (tag, old, new) = op.as_tag_tuple();
            (tag != DiffTag::Equal).then(|| Hunk {
                start: old.start,
                end: old.end,
                lines: &other[new],
                ours,
            })
        })
        .collect()
}

/// One side's text for the base's lines `lo..hi`: the base with that side's changes in
/// the group applied.
fn side<'a>(
    base: &[&'a str],
    group: &[Hunk<'a>],
    lo: usize,
    hi: usize,
    ours: bool,
) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut pos = lo;
    for h in group.iter().filter(|h| h.ours == ours) {
        out.extend_from_slice(&base[pos..h.start]);
        out.extend_from_slice(h.lines);
        pos = h.end;
    }
    out.extend_from_slice(&base[pos..hi]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "# VPN\nInstall the client.\nLog in with your card.\nCall 1234 if it fails.";

    #[test]
    fn changes_to_different_lines_are_both_kept() {
        let theirs = BASE.replace("Install the client.", "Install the client from the portal.");
        let ours = BASE.replace("Call 1234", "Call 5678");
        let m = merge3(BASE, &theirs, &ours);
        assert_eq!(m.conflicts, 0);
        assert_eq!(
            m.text,
            "# VPN\nInstall the client from the portal.\nLog in with your card.\nCall 5678 if it fails."
        );
    }

    #[test]
    fn the_same_change_on_both_sides_is_taken_once() {
        let edited = BASE.replace("card", "smart card");
        let m = merge3(BASE, &edited, &edited);
        assert_eq!(
            m,
            Merged {
                text: edited,
                conflicts: 0
            }
        );
    }

    #[test]
    fn different_changes_to_one_line_keep_both_between_markers() {
        let theirs = BASE.replace("card", "smart card");
        let ours = BASE.replace("card", "phone");
        let m = merge3(BASE, &theirs, &ours);
        assert_eq!(m.conflicts, 1);
        assert_eq!(
            m.text,
            "# VPN\nInstall the client.\n<<<<<<<\nLog in with your smart card.\n=======\n\
             Log in with your phone.\n>>>>>>>\nCall 1234 if it fails."
        );
    }

    #[test]
    fn additions_at_the_end_by_both_are_both_kept() {
        let theirs = format!("{BASE}\nTheirs.");
        let ours = format!("{BASE}\nOurs.");
        let m = merge3(BASE, &theirs, &ours);
        assert_eq!(m.conflicts, 1);
        assert!(m.text.contains("Theirs.") && m.text.contains("Ours."));
    }

    #[test]
    fn nothing_changed_by_us_gives_their_text() {
        let theirs = BASE.replace("# VPN", "# VPN at the bank");
        assert_eq!(merge3(BASE, &theirs, BASE).text, theirs);
        assert_eq!(merge3(BASE, BASE, &theirs).text, theirs);
    }

    #[test]
    fn a_deletion_and_a_distant_edit_merge() {
        let theirs = BASE.replace("Install the client.\n", "");
        let ours = BASE.replace("1234", "5678");
        let m = merge3(BASE, &theirs, &ours);
        assert_eq!(m.conflicts, 0);
        assert_eq!(
            m.text,
            "# VPN\nLog in with your card.\nCall 5678 if it fails."
        );
    }

    #[test]
    fn windows_line_ends_merge_as_lines() {
        let base = BASE.replace('\n', "\r\n");
        let theirs = base.replace("client", "app");
        let m = merge3(&base, &theirs, &base);
        assert_eq!(m.conflicts, 0);
        assert_eq!(m.text, BASE.replace("client", "app"));
    }
}
