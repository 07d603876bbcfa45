//! `msgraph-sync-codegen`: extract | generate | check. Argument parsing only; the work is in the library.

use msgraph_sync_codegen::ir::OnUnsupported;
use msgraph_sync_codegen::{extract, file, generate_all, generate_file_with, Error, Result, WriteOutcome};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  msgraph-sync-codegen extract --upstream FILE... --out spec/NAME.yaml [--include PATTERN]...
                               [--feature NAME=PATTERN]... [--overlay FILE]...
      Cut the fragment out of upstream OpenAPI documents (modules of one API version, merged in the
      order given); writes NAME.yaml and NAME.lock (which records each input's sha256).
      Patterns: `*` matches anything (slashes too), `?` one character. Default: the synchronization
      paths and the provisioning flow (application templates, service principals, provisioning logs).
      --feature: the operations of matching paths get `x-msgraph-sync-feature: NAME`, so the crate
      compiles them (and the models only they reach) with cargo feature NAME only. Default: the
      provisioning-flow paths behind `provisioning-flow`.
  msgraph-sync-codegen generate [--spec DIR] [--out DIR] [--spec-file FILE]... [--strict]
      Regenerate the bindings from spec/ (default) into generated/ (default) and print what changed.
      --spec-file generates the given OpenAPI files instead (e.g. a whole upstream module); an
      operation using a construct the generator does not translate is left out with a warning
      naming it and why (and listed in the module's `Api` docs), unless --strict, which refuses the
      file instead. spec/'s fragments are always generated strictly.
  msgraph-sync-codegen diff --old FILE --new FILE [--include PATTERN]... [--feature NAME=PATTERN]...
                            [--overlay FILE]... [--out report.md]
      A Markdown report of what changes for users of the generated crate between two specs, with
      the semver bump it implies. With --include, both are first cut down as extract would (so two
      upstream files compare through the same patterns).
  msgraph-sync-codegen check [--spec DIR] [--out DIR]
      Exit 1, naming each stale file, when generated/ differs from what spec/ generates, or when a
      fragment or overlay no longer matches its lock file (a hand edit).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

/// `--name value` options; repeated options accumulate.
fn options(args: &[String]) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let name = flag
            .strip_prefix("--")
            .ok_or_else(|| Error::Usage(format!("unexpected argument {flag:?}\n{USAGE}")))?;
        let value = it
            .next()
            .ok_or_else(|| Error::Usage(format!("--{name} needs a value\n{USAGE}")))?;
        out.push((name.to_string(), value.clone()));
    }
    Ok(out)
}

fn one(opts: &[(String, String)], name: &str, default: Option<&str>) -> Result<PathBuf> {
    opts.iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .or(default)
        .map(PathBuf::from)
        .ok_or_else(|| Error::Usage(format!("--{name} is required\n{USAGE}")))
}

fn all<'a>(opts: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    opts.iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

fn check_known(opts: &[(String, String)], known: &[&str]) -> Result<()> {
    match opts.iter().find(|(n, _)| !known.contains(&n.as_str())) {
        Some((n, _)) => Err(Error::Usage(format!("unknown option --{n}\n{USAGE}"))),
        None => Ok(()),
    }
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The `--feature NAME=PATTERN` options, else the default gates (the provisioning flow).
fn features(opts: &[(String, String)]) -> Result<Vec<extract::FeatureGate>> {
    let given = all(opts, "feature");
    if given.is_empty() {
        return Ok(extract::default_features());
    }
    let parsed = given
        .into_iter()
        .map(extract::FeatureGate::parse)
        .collect::<Result<Vec<_>>>()?;
    Ok(extract::merge_features(parsed))
}

/// (file name, contents) of each path.
fn read_all(paths: &[&str]) -> Result<Vec<(String, String)>> {
    paths
        .iter()
        .map(|p| Ok((file_name(Path::new(p)), read(Path::new(p))?)))
        .collect()
}

fn inputs(files: &[(String, String)]) -> Vec<extract::Input<'_>> {
    files.iter().map(|(name, text)| extract::Input { name, text }).collect()
}

/// The file name alone, so lock files hold no machine-specific directories.
fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn run(args: &[String]) -> Result<ExitCode> {
    let (command, rest) = args.split_first().ok_or_else(|| Error::Usage(USAGE.to_string()))?;
    let strict = rest.iter().any(|a| a == "--strict");
    if strict && command != "generate" {
        return Err(Error::Usage(format!("--strict is an option of generate\n{USAGE}")));
    }
    let rest: Vec<String> = rest.iter().filter(|a| *a != "--strict").cloned().collect();
    let opts = options(&rest)?;
    match command.as_str() {
        "extract" => {
            check_known(&opts, &["upstream", "out", "include", "feature", "overlay"])?;
            let upstream_paths = all(&opts, "upstream");
            if upstream_paths.is_empty() {
                return Err(Error::Usage(format!("--upstream is required\n{USAGE}")));
            }
            let out = one(&opts, "out", None)?;
            let mut include: Vec<String> = all(&opts, "include").into_iter().map(String::from).collect();
            if include.is_empty() {
                include = extract::default_include();
            }
            let features = features(&opts)?;
            let upstream_files = read_all(&upstream_paths)?;
            let overlay_files = read_all(&all(&opts, "overlay"))?;
            let fragment_name = file_name(&out);
            let extracted = extract::extract_with_features(
                &fragment_name,
                &inputs(&upstream_files),
                &include,
                &features,
                &inputs(&overlay_files),
            )?;
            let lock_path = out.with_extension("lock");
            for (path, contents) in [(&out, &extracted.fragment), (&lock_path, &extracted.lock)] {
                std::fs::write(path, contents).map_err(|source| Error::Io {
                    path: path.to_path_buf(),
                    source,
                })?;
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
        "generate" | "check" => {
            check_known(&opts, &["spec", "out", "spec-file"])?;
            let spec = one(&opts, "spec", Some("spec"))?;
            let out = one(&opts, "out", Some("generated"))?;
            let spec_files = all(&opts, "spec-file");
            if !spec_files.is_empty() && command == "check" {
                return Err(Error::Usage(format!("check works on --spec DIR only\n{USAGE}")));
            }
            let (summaries, files) = if spec_files.is_empty() {
                generate_all(&spec)?
            } else {
                // Any OpenAPI files, e.g. whole upstream modules: no lock files, one module per API version.
                let mut summaries = Vec::new();
                let mut files = Vec::new();
                for path in spec_files {
                    let path = PathBuf::from(path);
                    let on_unsupported = if strict {
                        OnUnsupported::Refuse
                    } else {
                        OnUnsupported::Skip
                    };
                    let (summary, mut out) = generate_file_with(
                        &path,
                        &file_name(&path),
                        msgraph_sync_codegen::Formatting::Pretty,
                        on_unsupported,
                    )?;
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
                (summaries, files)
            };
            for s in &summaries {
                println!("{}: {} schemas, {} operations", s.api_version, s.schemas, s.operations);
            }
            if command == "check" {
                let mut locked = true;
                for (name, _) in msgraph_sync_codegen::FRAGMENTS {
                    for problem in extract::verify_lock(&spec, name)? {
                        println!("lock: {problem}");
                        locked = false;
                    }
                }
                let stale: Vec<&str> = files
                    .iter()
                    .filter(|f| file::is_stale(&out, f))
                    .map(|f| f.path.as_str())
                    .collect();
                for path in &stale {
                    println!("stale: {}", out.join(path).display());
                }
                if stale.is_empty() && locked {
                    println!("{} files up to date; fragments match their lock files", files.len());
                    return Ok(ExitCode::SUCCESS);
                }
                if !stale.is_empty() {
                    println!("run `cargo run -p msgraph-sync-codegen -- generate` to refresh them");
                }
                return Ok(ExitCode::FAILURE);
            }
            let mut counts = [0usize; 3];
            for f in &files {
                let outcome = file::write(&out, f)?;
                let (slot, label) = match outcome {
                    WriteOutcome::Added => (0, "added"),
                    WriteOutcome::Changed => (1, "changed"),
                    WriteOutcome::Unchanged => (2, "unchanged"),
                };
                counts[slot] += 1;
                if outcome != WriteOutcome::Unchanged {
                    println!("{label}: {}", out.join(&f.path).display());
                }
            }
            println!(
                "files: {} added, {} changed, {} unchanged",
                counts[0], counts[1], counts[2]
            );
            Ok(ExitCode::SUCCESS)
        }
        "diff" => {
            check_known(&opts, &["old", "new", "include", "feature", "overlay", "out"])?;
            let (old_path, new_path) = (one(&opts, "old", None)?, one(&opts, "new", None)?);
            let (old_text, new_text) = (read(&old_path)?, read(&new_path)?);
            let (old_name, new_name) = (file_name(&old_path), file_name(&new_path));
            let include: Vec<String> = all(&opts, "include").into_iter().map(String::from).collect();
            let features = features(&opts)?;
            let overlay_files = read_all(&all(&opts, "overlay"))?;
            let overlays = inputs(&overlay_files);
            let report = msgraph_sync_codegen::diff::diff_documents(
                extract::Input {
                    name: &old_name,
                    text: &old_text,
                },
                extract::Input {
                    name: &new_name,
                    text: &new_text,
                },
                &include,
                &features,
                &overlays,
            )?;
            match opts.iter().rev().find(|(n, _)| n == "out") {
                Some((_, out)) => std::fs::write(out, &report).map_err(|source| Error::Io {
                    path: out.into(),
                    source,
                })?,
                None => print!("{report}"),
            }
            Ok(ExitCode::SUCCESS)
        }
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Error::Usage(format!("unknown command {other:?}\n{USAGE}"))),
    }
}
