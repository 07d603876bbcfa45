//! The command line as users run it: `check` names the stale files and the command that fixes
//! them, and bad arguments are refused with the usage.

use std::path::Path;
use std::process::Command;

fn codegen(args: &[&str]) -> (i32, String, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let output = Command::new(env!("CARGO_BIN_EXE_msgraph-sync-codegen"))
        .args(args)
        .current_dir(root)
        .output()
        .expect("the binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn check_names_each_stale_file_and_the_fix_command() {
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-check-empty");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("temp dir");
    let (code, stdout, _) = codegen(&["check", "--out", out.to_str().expect("utf-8 path")]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("stale: ") && stdout.contains("v1_0/models.rs"),
        "{stdout}"
    );
    assert!(
        stdout.contains("fix: run `cargo run -p msgraph-sync-codegen -- generate`"),
        "{stdout}"
    );
}

#[test]
fn check_passes_on_the_committed_files() {
    let (code, stdout, stderr) = codegen(&["check"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(stdout.contains("files up to date"), "{stdout}");
}

#[test]
fn bad_arguments_are_refused_with_the_usage() {
    let (code, _, stderr) = codegen(&["generate", "--no-such-flag"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("--no-such-flag") && stderr.contains("Usage:"),
        "{stderr}"
    );
    // `check` compares spec/ only: it has no --spec-file.
    let (code, _, stderr) = codegen(&["check", "--spec-file", "x.yaml"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, stderr) = codegen(&["extract", "--out", "spec/x.yaml"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--upstream"), "{stderr}");
}
