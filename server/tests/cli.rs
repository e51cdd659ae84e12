//! The `gemenskap` command line acting on the database that `serve` uses.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn gemenskap(data_dir: &std::path::Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gemenskap"))
        .args(args)
        .env("GEMENSKAP_DATA_DIR", data_dir)
        .env_remove("GEMENSKAP_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn user_add_creates_an_account_and_refuses_a_duplicate_email_clearly() {
    let dir = tempdir();
    let ok = gemenskap(
        &dir,
        &[
            "user",
            "add",
            "--email",
            "Anna@Bank.example",
            "--name",
            "Anna Lindqvist",
            "--admin",
            "--password-stdin",
        ],
        "a long password\n",
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let dup = gemenskap(
        &dir,
        &[
            "user",
            "add",
            "--email",
            "anna@bank.example",
            "--name",
            "Anna",
            "--password-stdin",
        ],
        "a long password\n",
    );
    assert!(!dup.status.success());
    assert!(
        String::from_utf8_lossy(&dup.stderr).contains("exists already"),
        "{}",
        String::from_utf8_lossy(&dup.stderr)
    );
    let list = gemenskap(&dir, &["user", "list"], "");
    let out = String::from_utf8_lossy(&list.stdout);
    assert!(
        out.contains("anna@bank.example\tadmin\tactive\tAnna Lindqvist"),
        "{out}"
    );
}

#[test]
fn user_add_rejects_a_short_password_and_disable_marks_the_account() {
    let dir = tempdir();
    let short = gemenskap(
        &dir,
        &[
            "user",
            "add",
            "--email",
            "erik@bank.example",
            "--name",
            "Erik",
            "--password-stdin",
        ],
        "short\n",
    );
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("password: too_short"));
    let ok = gemenskap(
        &dir,
        &[
            "user",
            "add",
            "--email",
            "erik@bank.example",
            "--name",
            "Erik",
            "--password-stdin",
        ],
        "long enough here\n",
    );
    assert!(ok.status.success());
    let off = gemenskap(
        &dir,
        &["user", "disable", "--email", "erik@bank.example"],
        "",
    );
    assert!(
        off.status.success(),
        "{}",
        String::from_utf8_lossy(&off.stderr)
    );
    let list = gemenskap(&dir, &["user", "list"], "");
    assert!(String::from_utf8_lossy(&list.stdout).contains("erik@bank.example\tmember\tdisabled"));
    let reset = gemenskap(
        &dir,
        &[
            "user",
            "set-password",
            "--email",
            "erik@bank.example",
            "--password-stdin",
        ],
        "another long one\n",
    );
    assert!(reset.status.success());
    let unknown = gemenskap(
        &dir,
        &["user", "disable", "--email", "ghost@bank.example"],
        "",
    );
    assert!(!unknown.status.success());
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gemenskap-cli-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

fn add_user(dir: &std::path::Path, n: usize) {
    let email = format!("person{n}@bank.example");
    let name = format!("Person Number{n}");
    let out = gemenskap(
        dir,
        &[
            "user",
            "add",
            "--email",
            &email,
            "--name",
            &name,
            "--password-stdin",
        ],
        "a long password\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn user_list(dir: &std::path::Path) -> String {
    let out = gemenskap(dir, &["user", "list"], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_backup_of_a_running_instance_restores_to_exactly_what_it_held() {
    let live = tempdir();
    // The demo: people, communities of every kind, posts, translations, likes, history.
    let seeded = gemenskap(&live, &["demo"], "");
    assert!(
        seeded.status.success(),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    // The server holds the database open (WAL) while the backup is taken.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_gemenskap"))
        .args(["serve"])
        .env("GEMENSKAP_DATA_DIR", &live)
        .env("GEMENSKAP_BIND", format!("127.0.0.1:{port}"))
        .env_remove("GEMENSKAP_DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let before = user_list(&live);
    let file = live.join("copy.db");
    let out = gemenskap(&live, &["backup", "--to", file.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Written after the backup: not in it.
    add_user(&live, 99);
    assert_ne!(user_list(&live), before);
    server.kill().unwrap();
    server.wait().unwrap();

    let restored = tempdir();
    let out = gemenskap(
        &restored,
        &["restore", "--from", file.to_str().unwrap()],
        "",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(user_list(&restored), before);
    // Every table the demo filled holds the same rows in the restored copy as in the live
    // database (nothing but one account was written after the backup).
    for table in [
        "content",
        "content_tags",
        "communities",
        "community_members",
        "community_history",
        "likes",
        "notifications",
        "profiles",
        "wiki_pages",
        "wiki_versions",
        "file_folders",
        "files",
        "file_versions",
    ] {
        assert_eq!(
            table_dump(&restored, table),
            table_dump_without(&live, table, "person99@bank.example"),
            "{table}"
        );
    }
    // The restored instance takes writes as usual.
    add_user(&restored, 7);
    assert!(user_list(&restored).contains("person7@bank.example"));
    // A second backup to the same file is refused rather than overwriting it.
    let again = gemenskap(&live, &["backup", "--to", file.to_str().unwrap()], "");
    assert!(!again.status.success());
}

#[test]
fn restoring_something_that_is_not_a_backup_changes_nothing() {
    let live = tempdir();
    add_user(&live, 1);
    let before = user_list(&live);
    let junk = live.join("junk.db");
    std::fs::write(&junk, b"not a database at all").unwrap();
    let out = gemenskap(&live, &["restore", "--from", junk.to_str().unwrap()], "");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cannot be restored") || err.contains("not a SQLite database"),
        "{err}"
    );
    assert_eq!(user_list(&live), before);
}

/// Every row of a table as text, in a stable order (the database's own dump of it).
fn table_dump(dir: &std::path::Path, table: &str) -> Vec<String> {
    table_dump_without(dir, table, "")
}

/// As [`table_dump`], leaving out the profile of the account with this e-mail.
fn table_dump_without(dir: &std::path::Path, table: &str, email: &str) -> Vec<String> {
    let url = format!("sqlite:{}?mode=ro", dir.join("gemenskap.db").display());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use sqlx::{Connection, Row};
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        let skip: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
            .bind(email)
            .fetch_optional(&mut conn)
            .await
            .unwrap();
        // Each row as one quoted text, built by SQLite itself, so every column counts.
        let columns: Vec<String> = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT name FROM pragma_table_info('{table}')"
        )))
        .fetch_all(&mut conn)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        assert!(!columns.is_empty(), "{table} has no columns");
        let row = columns
            .iter()
            .map(|c| format!("quote({c})"))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let mut rows: Vec<String> =
            sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT {row} FROM {table}")))
                .fetch_all(&mut conn)
                .await
                .unwrap();
        if let (Some(id), "profiles") = (skip, table) {
            rows.retain(|r| !r.starts_with(&format!("{id},")));
        }
        rows.sort();
        assert!(!rows.is_empty(), "the demo left {table} empty");
        rows
    })
}

/// Runs SQL on the data directory's database as someone with its keys would, the
/// append-only triggers dropped first.
fn tamper(dir: &std::path::Path, sql: &[&str]) {
    let url = format!("sqlite:{}", dir.join("gemenskap.db").display());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        let drop = [
            "DROP TRIGGER IF EXISTS audit_log_no_update",
            "DROP TRIGGER IF EXISTS audit_log_no_delete",
        ];
        for s in drop.iter().chain(sql) {
            sqlx::query(sqlx::AssertSqlSafe(s.to_string()))
                .execute(&mut conn)
                .await
                .unwrap();
        }
    });
}

#[test]
fn audit_verify_passes_an_intact_trail_and_names_what_was_changed_or_cut_off() {
    let dir = tempdir();
    for _ in 0..4 {
        let head = gemenskap(&dir, &["audit", "head"], "");
        assert!(
            head.status.success(),
            "{}",
            String::from_utf8_lossy(&head.stderr)
        );
        assert!(String::from_utf8_lossy(&head.stdout).starts_with("audit-head "));
    }
    let ok = gemenskap(&dir, &["audit", "verify"], "");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("4 entries"));
    // The last entry cut off, and the head row made to match: the heads written down in
    // audit-heads.log still tell.
    tamper(
        &dir,
        &[
            "DELETE FROM audit_log WHERE seq = 4",
            "UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit_log WHERE seq = 3)",
        ],
    );
    let cut = gemenskap(&dir, &["audit", "verify"], "");
    assert_eq!(cut.status.code(), Some(1));
    let said = String::from_utf8_lossy(&cut.stderr);
    assert!(
        said.contains("cut off: it ends at entry 3, but entry 4"),
        "{said}"
    );
    // An entry edited is named.
    tamper(&dir, &["UPDATE audit_log SET detail = '{}' WHERE seq = 2"]);
    let edited = gemenskap(&dir, &["audit", "verify"], "");
    assert_eq!(edited.status.code(), Some(1));
    let said = String::from_utf8_lossy(&edited.stderr);
    assert!(said.contains("entry 2 was changed"), "{said}");
}
