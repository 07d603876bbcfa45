//! `msgraph-sync-codegen`: extract | generate | diff | check. Argument parsing only; the work is
//! in the library.

use clap::{Args, Parser, Subcommand};
use msgraph_sync_codegen::ir::OnUnsupported;
use msgraph_sync_codegen::{extract, file, generate_all, generate_file_with, Error, Formatting, Result};
use msgraph_sync_codegen::{OutputFile, Summary, WriteOutcome};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The command that refreshes `generated/`, named when `check` finds it stale.
const GENERATE: &str = "cargo run -p msgraph-sync-codegen -- generate";
/// The command that re-cuts a fragment, named when `check` finds one edited by hand.
const EXTRACT: &str = "cargo run -p msgraph-sync-codegen -- extract --upstream FILE... \
                       --out spec/NAME.yaml --overlay spec/overlay.yaml";

/// msgraph-sync's generator: cuts the synchronization fragment out of Microsoft Graph's OpenAPI
/// documents, generates the Rust bindings from it, and reports what a spec change means for users.
#[derive(Parser)]
#[command(name = "msgraph-sync-codegen", version, args_override_self = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Cut the fragment out of upstream OpenAPI documents (modules of one API version, merged in
    /// the order given); writes NAME.yaml and NAME.lock (which records each input's sha256).
    Extract(ExtractArgs),
    /// Regenerate the bindings from spec/ into generated/ and print what changed.
    Generate(GenerateArgs),
    /// A Markdown report of what changes for users of the generated crate between two specs,
    /// with the semver bump it implies.
    Diff(DiffArgs),
    /// Exit 1, naming each stale file and the command that fixes it, when generated/ differs from
    /// what spec/ generates, or when a fragment or overlay no longer matches its lock file.
    Check(Dirs),
}

/// How paths are chosen and gated, shared by `extract` and `diff`.
#[derive(Args)]
struct Selection {
    /// Keep the paths matching PATTERN (repeatable): `*` matches anything (slashes too), `?` one
    /// character. Default for extract: the synchronization paths and the provisioning flow
    /// (application templates, service principals, provisioning logs). With it, diff first cuts
    /// both specs down as extract would (so two upstream files compare through the same
    /// patterns); without it, diff compares them whole.
    #[arg(long, value_name = "PATTERN")]
    include: Vec<String>,
    /// Gate the operations of paths matching PATTERN behind cargo feature NAME (repeatable): they
    /// get `x-msgraph-sync-feature: NAME`, and the crate compiles them (and the models only they
    /// reach) with that feature only. Default: the provisioning-flow paths behind
    /// `provisioning-flow`.
    #[arg(long = "feature", value_name = "NAME=PATTERN")]
    features: Vec<String>,
    /// Apply the overlay of corrections in FILE (repeatable, in order).
    #[arg(long = "overlay", value_name = "FILE")]
    overlays: Vec<PathBuf>,
}

#[derive(Args)]
struct ExtractArgs {
    /// An upstream OpenAPI document (repeatable: modules of one API version, merged in order).
    #[arg(long, value_name = "FILE", required = true)]
    upstream: Vec<PathBuf>,
    /// The fragment to write (`spec/NAME.yaml`); its lock file is written beside it.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    #[command(flatten)]
    selection: Selection,
}

/// Where the fragments are read and the generated files written.
#[derive(Args)]
struct Dirs {
    /// The directory of the fragments (`beta.yaml`, `v1.0.yaml`) and their lock files.
    #[arg(long, value_name = "DIR", default_value = "spec")]
    spec: PathBuf,
    /// The directory of the generated files.
    #[arg(long, value_name = "DIR", default_value = "generated")]
    out: PathBuf,
}

#[derive(Args)]
struct GenerateArgs {
    #[command(flatten)]
    dirs: Dirs,
    /// Generate this OpenAPI file instead of spec/'s fragments (repeatable; e.g. a whole upstream
    /// module). An operation using a construct the generator does not translate is left out with
    /// a warning naming it and why (and listed in the module's `Api` docs), unless --strict.
    #[arg(long = "spec-file", value_name = "FILE")]
    spec_files: Vec<PathBuf>,
    /// Refuse a --spec-file that has an operation the generator does not translate, instead of
    /// leaving the operation out (spec/'s fragments are always generated strictly).
    #[arg(long)]
    strict: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// The spec before the change.
    #[arg(long, value_name = "FILE")]
    old: PathBuf,
    /// The spec after the change.
    #[arg(long, value_name = "FILE")]
    new: PathBuf,
    /// Write the report to FILE instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    #[command(flatten)]
    selection: Selection,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Extract(args) => extract(args),
        Command::Generate(args) => generate(args),
        Command::Diff(args) => diff(args),
        Command::Check(dirs) => check(dirs),
    };
    result.unwrap_or_else(|err| {
        eprintln!("error: {err}");
        ExitCode::from(2)
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let ExtractArgs {
        upstream,
        out,
        selection,
    } = args;
    let include = if selection.include.is_empty() {
        extract::default_include()
    } else {
        selection.include.clone()
    };
    let features = features(&selection.features)?;
    let upstream_files = read_all(&upstream)?;
    let overlay_files = read_all(&selection.overlays)?;
    let extracted = extract::extract_with_features(
        &file_name(&out),
        &inputs(&upstream_files),
        &include,
        &features,
        &inputs(&overlay_files),
    )?;
    let lock_path = out.with_extension("lock");
    for (path, contents) in [(&out, &extracted.fragment), (&lock_path, &extracted.lock)] {
        std::fs::write(path, contents).map_err(|source| io_error(path, source))?;
    }
    for entry in &extracted.caught_up {
        eprintln!("note: {entry}");
    }
    println!(
        "{}: {} paths, {} operations, {} schemas (lock: {})",
        out.display(),
        extracted.paths,
        extracted.operations,
        extracted.schemas,
        lock_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn generate(args: GenerateArgs) -> Result<ExitCode> {
    let (summaries, files) = if args.spec_files.is_empty() {
        generate_all(&args.dirs.spec)?
    } else {
        let on_unsupported = if args.strict {
            OnUnsupported::Refuse
        } else {
            OnUnsupported::Skip
        };
        generate_files(&args.spec_files, on_unsupported)?
    };
    print_summaries(&summaries);
    let mut counts = [0usize; 3];
    for f in &files {
        let outcome = file::write(&args.dirs.out, f)?;
        let (slot, label) = match outcome {
            WriteOutcome::Added => (0, "added"),
            WriteOutcome::Changed => (1, "changed"),
            WriteOutcome::Unchanged => (2, "unchanged"),
        };
        counts[slot] += 1;
        if outcome != WriteOutcome::Unchanged {
            println!("{label}: {}", args.dirs.out.join(&f.path).display());
        }
    }
    println!(
        "files: {} added, {} changed, {} unchanged",
        counts[0], counts[1], counts[2]
    );
    Ok(ExitCode::SUCCESS)
}

/// Any OpenAPI files, e.g. whole upstream modules: no lock files, one module per API version.
fn generate_files(paths: &[PathBuf], on_unsupported: OnUnsupported) -> Result<(Vec<Summary>, Vec<OutputFile>)> {
    let mut summaries = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        let (summary, mut out) = generate_file_with(path, &file_name(path), Formatting::Pretty, on_unsupported)?;
        for skipped in &summary.skipped {
            eprintln!(
                "warning: {}: {} {} not generated: {}",
                path.display(),
                skipped.method,
                skipped.path,
                skipped.reason
            );
        }
        summaries.push(summary);
        files.append(&mut out);
    }
    Ok((summaries, files))
}

fn print_summaries(summaries: &[Summary]) {
    for s in summaries {
        println!("{}: {} schemas, {} operations", s.api_version, s.schemas, s.operations);
    }
}

fn check(dirs: Dirs) -> Result<ExitCode> {
    let (summaries, files) = generate_all(&dirs.spec)?;
    print_summaries(&summaries);
    let mut locked = true;
    for (name, _) in msgraph_sync_codegen::FRAGMENTS {
        for problem in extract::verify_lock(&dirs.spec, name)? {
            println!("lock: {problem}");
            locked = false;
        }
    }
    let stale: Vec<&str> = files
        .iter()
        .filter(|f| file::is_stale(&dirs.out, f))
        .map(|f| f.path.as_str())
        .collect();
    for path in &stale {
        println!("stale: {}", dirs.out.join(path).display());
    }
    if stale.is_empty() && locked {
        println!("{} files up to date; fragments match their lock files", files.len());
        return Ok(ExitCode::SUCCESS);
    }
    if !locked {
        println!("fix: re-cut the fragment with `{EXTRACT}`, then run `{GENERATE}`");
    } else {
        println!("fix: run `{GENERATE}` and commit generated/");
    }
    Ok(ExitCode::FAILURE)
}

fn diff(args: DiffArgs) -> Result<ExitCode> {
    let DiffArgs {
        old,
        new,
        out,
        selection,
    } = args;
    let (old_text, new_text) = (read(&old)?, read(&new)?);
    let (old_name, new_name) = (file_name(&old), file_name(&new));
    let features = features(&selection.features)?;
    let overlay_files = read_all(&selection.overlays)?;
    let report = msgraph_sync_codegen::diff::diff_documents(
        extract::Input {
            name: &old_name,
            text: &old_text,
        },
        extract::Input {
            name: &new_name,
            text: &new_text,
        },
        &selection.include,
        &features,
        &inputs(&overlay_files),
    )?;
    match out {
        Some(out) => std::fs::write(&out, &report).map_err(|source| io_error(&out, source))?,
        None => print!("{report}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| io_error(path, source))
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The `--feature NAME=PATTERN` options, else the default gates (the provisioning flow).
fn features(given: &[String]) -> Result<Vec<extract::FeatureGate>> {
    if given.is_empty() {
        return Ok(extract::default_features());
    }
    let parsed = given
        .iter()
        .map(|g| extract::FeatureGate::parse(g))
        .collect::<Result<Vec<_>>>()?;
    Ok(extract::merge_features(parsed))
}

/// (file name, contents) of each path.
fn read_all(paths: &[PathBuf]) -> Result<Vec<(String, String)>> {
    paths.iter().map(|p| Ok((file_name(p), read(p)?))).collect()
}

fn inputs(files: &[(String, String)]) -> Vec<extract::Input<'_>> {
    files.iter().map(|(name, text)| extract::Input { name, text }).collect()
}

/// The file name alone, so lock files hold no machine-specific directories.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_flag_has_help() {
        let cli = Cli::command();
        cli.clone().debug_assert();
        for command in cli.get_subcommands() {
            assert!(command.get_about().is_some(), "{}", command.get_name());
            for arg in command.get_arguments() {
                let name = arg.get_id().as_str();
                assert!(
                    arg.get_help().is_some() || name == "help",
                    "{} --{name} has no help",
                    command.get_name()
                );
            }
        }
    }
}
