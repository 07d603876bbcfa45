//! Decode a payload with the typed model of an OData type, print the re-encoded JSON, and say what
//! the model saw that the spec did not promise.
//!
//! ```text
//! cargo run --features registry,beta --example inspect -- --api v1.0 --type microsoft.graph.synchronizationJob < payload.json
//! ```
//!
//! stdout: the re-encoded JSON. stderr: unknown properties, unknown enum or flags members, values
//! invalid for their format, and any difference from the input.
//! Exit status: 0 the re-encoding equals the input (key order, flags spacing and enum case
//! aside), 1 it differs, 2 the input cannot be decoded (the message names the JSON path).
//! `--list` decodes a JSON array of the type.

use msgraph_sync::{compare, ApiVersion};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: inspect --api v1.0|beta --type microsoft.graph.TYPE [--list] < payload.json";

fn main() -> ExitCode {
    match run() {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<u8, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let api: ApiVersion = value_of("--api").ok_or(USAGE)?.parse()?;
    let type_name = value_of("--type").ok_or(USAGE)?;
    let list = args.iter().any(|a| a == "--list");

    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| format!("reading stdin: {e}"))?;
    let report = compare::inspect_payload(api, &type_name, &bytes, list)?;
    println!(
        "{}",
        serde_json::to_string_pretty(&report.output).map_err(|e| e.to_string())?
    );
    for finding in &report.findings {
        eprintln!("seen: {finding}");
    }
    for d in &report.differences {
        let label = if d.is_normalization() { "normalized" } else { "DIFFERS" };
        eprintln!("{label}: {d}");
    }
    Ok(report.exit_code())
}
