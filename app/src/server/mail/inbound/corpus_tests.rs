//! Every sample of the inbound mail corpus (`service_tests/mail_corpus`), parsed and compared
//! with the post it must make. All differences are listed at once, sample by sample.

use std::path::Path;

use serde_json::Value;

use super::parse::parse;

#[test]
fn every_corpus_sample_makes_its_expected_post() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/server/service_tests/mail_corpus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    names.sort();
    assert!(names.len() >= 28, "the corpus has {} samples", names.len());
    let mut failures = Vec::new();
    for eml in &names {
        let sample = eml.file_stem().unwrap().to_string_lossy().into_owned();
        let raw = std::fs::read(eml).unwrap();
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(eml.with_extension("json")).unwrap())
                .unwrap();
        let Some(got) = parse(&raw) else {
            failures.push(format!("{sample}: not read as a message"));
            continue;
        };
        let mut differences = Vec::new();
        let mut check = |field: &str, got: Value| {
            let want = if field == "ignore" && expected[field].is_null() {
                Value::from(false)
            } else {
                expected[field].clone()
            };
            if want != got {
                differences.push(format!(
                    "{sample}: {field}\n  expected {want}\n  got      {got}"
                ));
            }
        };
        let ignore = expected["ignore"].as_bool().unwrap_or(false);
        check("from", Value::from(got.from.clone()));
        check("subject", Value::from(got.subject.clone()));
        check("ignore", Value::from(got.ignore));
        if !ignore {
            check(
                "in_reply_to",
                got.in_reply_to.clone().map_or(Value::Null, Value::from),
            );
            check("body", Value::from(got.body.clone()));
            let attachments: Vec<Value> = got
            .attachments
            .iter()
            .map(|a| {
                serde_json::json!({"name": a.name, "content_type": a.content_type, "size": a.data.len()})
            })
            .collect();
            check("attachments", Value::from(attachments));
        }
        failures.extend(differences);
    }
    assert!(
        failures.is_empty(),
        "{} of {} samples differ:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}
