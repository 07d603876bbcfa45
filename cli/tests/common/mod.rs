//! Runs the built `msgraph-sync` binary.

#![allow(dead_code)]

use std::process::Stdio;

use tokio::io::AsyncWriteExt;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn both(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// The binary with `args`, no inherited `GRAPH_*`/`AZURE_*` variables, `env` added, `stdin` fed.
pub async fn run(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Run {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_msgraph-sync"));
    command.args(args);
    for (name, _) in std::env::vars() {
        if name.starts_with("GRAPH_") || name.starts_with("AZURE_") || name == "MSGRAPH_SYNC_AUTH" {
            command.env_remove(name);
        }
    }
    // The state file (the daily budget's ledger) of these runs, never the user's.
    let state_home = std::env::temp_dir().join(format!("msgraph-sync-cli-tests-{}", std::process::id()));
    command.env("XDG_STATE_HOME", state_home);
    command.env_remove("MSGRAPH_SYNC_STATE");
    command.envs(env.iter().copied());
    command.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("spawn msgraph-sync");
    if let Some(text) = stdin {
        let mut input = child.stdin.take().unwrap();
        input.write_all(text.as_bytes()).await.unwrap();
        drop(input);
    }
    let output = child.wait_with_output().await.expect("msgraph-sync runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// [`run`] against the fake: `--base-url` and the fake's token.
pub async fn run_against(fake: &fake_graph::FakeGraph, args: &[&str], stdin: Option<&str>) -> Run {
    let base = fake.base_url();
    let mut all = vec!["--base-url", base.as_str()];
    all.extend_from_slice(args);
    run(&all, &[("GRAPH_TOKEN", fake_graph::FakeGraph::TOKEN)], stdin).await
}
