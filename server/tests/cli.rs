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
    for n in 0..3 {
        add_user(&live, n);
    }
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
