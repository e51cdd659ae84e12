//! CSV as spreadsheets read and write it (RFC 4180, UTF-8 with a byte-order mark): cells for
//! exports, made safe against formula injection, and a reader for imports that undoes that.

/// One CSV cell (RFC 4180). Text a spreadsheet would run as a formula gets a leading
/// apostrophe, so a reason like `=HYPERLINK(...)` stays text. Cells with a semicolon or a tab
/// are quoted too: spreadsheets in Nordic and German locales split on `;`, and a name like
/// `x;=HYPERLINK(...)` would otherwise start a new cell holding a formula.
pub fn cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', ';', '\t', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// One line of cells, ended as RFC 4180 ends lines.
pub fn line(cells: &[String]) -> String {
    let mut s = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    s.push_str("\r\n");
    s
}

/// Reads CSV text into lines of cells: quoted cells may hold commas, quotes (doubled) and
/// line breaks; a byte-order mark and blank lines are skipped; the separator is `,` or, when
/// the first line has more semicolons than commas (a spreadsheet saved in a Nordic locale),
/// `;`. A cell that an export defused (`'=…`) is read back as it was. Each line comes with
/// its number in the file (from 1).
pub fn parse(text: &str) -> Vec<(usize, Vec<String>)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let sep = if first.matches(';').count() > first.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut out = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut line_no = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    let finish = |cells: &mut Vec<String>, cur: &mut String| {
        let c = std::mem::take(cur);
        let c = match c.strip_prefix('\'') {
            Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_owned(),
            _ => c,
        };
        cells.push(c);
    };
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cur.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line_no += 1;
                    cur.push('\n');
                }
                c => cur.push(c),
            }
            continue;
        }
        match c {
            '"' if cur.is_empty() => quoted = true,
            c if c == sep => finish(&mut cells, &mut cur),
            '\r' => {}
            '\n' => {
                finish(&mut cells, &mut cur);
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    out.push((start_line, std::mem::take(&mut cells)));
                } else {
                    cells.clear();
                }
                line_no += 1;
                start_line = line_no;
            }
            c => cur.push(c),
        }
    }
    finish(&mut cells, &mut cur);
    if cells.iter().any(|c| !c.trim().is_empty()) {
        out.push((start_line, cells));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let rows = vec![
            vec!["name".to_owned(), "aliases".to_owned()],
            vec![
                "Fjordkraft, \"Nord\"".to_owned(),
                "=HYPERLINK(x)".to_owned(),
            ],
            vec!["Line\nbreak".to_owned(), "a;b".to_owned()],
        ];
        let text: String = rows.iter().map(|r| line(r)).collect();
        let read: Vec<Vec<String>> = parse(&format!("\u{feff}{text}"))
            .into_iter()
            .map(|(_, cells)| cells)
            .collect();
        assert_eq!(read, rows);
    }

    #[test]
    fn semicolons_separate_when_a_spreadsheet_chose_them_and_lines_keep_their_numbers() {
        let read = parse("name;legal_form\r\n\r\nTelia;AB\r\n\"Orlen\nPL\";SA\r\nNokia;Oyj");
        let numbers: Vec<usize> = read.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, vec![1, 3, 4, 6]);
        assert_eq!(read[1].1, vec!["Telia", "AB"]);
        assert_eq!(read[2].1, vec!["Orlen\nPL", "SA"]);
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("x;=HYPERLINK(1)"), "\"x;=HYPERLINK(1)\"");
    }
}
