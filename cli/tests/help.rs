//! `--help` of the tool and of every subcommand, snapshotted: a change to an option, its wording or a
//! default shows in review. The subcommands are found by walking each help's `Commands:` list, so a new
//! one cannot go unsnapshotted.

use crate::common;

#[tokio::test(flavor = "multi_thread")]
async fn help_of_every_subcommand() {
    let mut pending: Vec<Vec<String>> = vec![vec![]];
    let mut seen = 0;
    while let Some(command) = pending.pop() {
        seen += 1;
        let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
        args.push("--help");
        // A fixed width: clap wraps to the terminal, and tests have none.
        let run = common::run(&args, &[("COLUMNS", "100")], None).await;
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let name = if command.is_empty() {
            "msgraph-sync".to_string()
        } else {
            command.join("-")
        };
        insta::assert_snapshot!(name, run.stdout);
        for sub in subcommands(&run.stdout) {
            let mut next = command.clone();
            next.push(sub);
            pending.push(next);
        }
    }
    assert!(
        seen > 10,
        "only {seen} commands found: is the `Commands:` list still parsed?"
    );
}

/// The names listed under `Commands:` in a help text (clap's own `help` left out).
fn subcommands(help: &str) -> Vec<String> {
    help.lines()
        .skip_while(|line| line.trim() != "Commands:")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        // A name is indented two spaces; a wrapped description, more.
        .filter(|line| !line.starts_with("   "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}
