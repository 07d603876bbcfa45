//! `--help` of the tool and of every subcommand of this frame, snapshotted: a change to an option, its
//! wording or a default shows in review.

mod common;

const COMMANDS: &[&[&str]] = &[
    &[],
    &["job"],
    &["job", "list"],
    &["job", "status"],
    &["job", "start"],
    &["job", "pause"],
    &["job", "restart"],
    &["job", "watch"],
    &["schema"],
    &["schema", "pull"],
    &["schema", "push"],
    &["on-demand"],
    &["app"],
    &["app", "instantiate"],
    &["secrets"],
    &["secrets", "set"],
];

#[tokio::test(flavor = "multi_thread")]
async fn help_of_every_subcommand() {
    for command in COMMANDS {
        let mut args = command.to_vec();
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
    }
}
