//! `format=flowed` (RFC 3676) undone: the lines a client wrapped are joined again before
//! quotes and signatures are looked for, so a wrapped quote is still one quote.

/// Joins each line that ends in a space with the next line at the same quote depth; removes
/// one space-stuffing space; never flows the `-- ` signature line. With `delsp`, the space
/// that marked the flow is removed too.
pub fn unflow(text: &str, delsp: bool) -> String {
    let mut out: Vec<String> = Vec::new();
    // The paragraph being joined: its quote depth and its text so far.
    let mut open: Option<(usize, String)> = None;
    for line in text.lines() {
        let depth = line.chars().take_while(|&c| c == '>').count();
        let content = &line[depth..];
        let content = content.strip_prefix(' ').unwrap_or(content);
        let signature = content == "-- ";
        let flows = content.ends_with(' ') && !signature;
        let piece = if flows && delsp {
            &content[..content.len() - 1]
        } else {
            content
        };
        match open.take() {
            Some((open_depth, mut joined)) if open_depth == depth && !signature => {
                joined.push_str(piece);
                if flows {
                    open = Some((depth, joined));
                } else {
                    out.push(quoted(depth, &joined));
                }
            }
            previous => {
                if let Some((open_depth, joined)) = previous {
                    out.push(quoted(open_depth, &joined));
                }
                if flows {
                    open = Some((depth, piece.to_owned()));
                } else {
                    out.push(quoted(depth, piece));
                }
            }
        }
    }
    if let Some((depth, joined)) = open {
        out.push(quoted(depth, &joined));
    }
    out.join("\n")
}

fn quoted(depth: usize, text: &str) -> String {
    if depth == 0 {
        text.to_owned()
    } else {
        format!("{} {text}", ">".repeat(depth))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_breaks_join_and_hard_breaks_stay() {
        assert_eq!(
            unflow("one two \nthree\nfour\n From here\n-- \nsig", false),
            "one two three\nfour\nFrom here\n-- \nsig"
        );
    }

    #[test]
    fn quotes_join_only_at_the_same_depth() {
        assert_eq!(unflow("> a \n> b\n>> c \nd", false), "> a b\n>> c \nd");
    }

    #[test]
    fn delsp_removes_the_marking_space() {
        assert_eq!(unflow("Gesch \nichte", true), "Geschichte");
    }
}
