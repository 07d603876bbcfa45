//! Upstream documents → fragment: merge the documents (one API version, several modules), apply
//! overlays, keep the paths matching the include patterns, then the transitive closure of the
//! components they reference. Output is deterministic: the upstream order is kept (documents in the
//! order given), and nothing machine-specific is written.

use crate::error::{Error, Result};
use crate::{glob, overlay};
use serde::{Deserialize, Serialize};
use serde_yaml::{Mapping, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// The synchronization endpoints of service principals and applications.
pub const SYNCHRONIZATION_INCLUDE: &[&str] = &[
    "/servicePrincipals/{servicePrincipal-id}/synchronization",
    "/servicePrincipals/{servicePrincipal-id}/synchronization/*",
    "/applications/{application-id}/synchronization",
    "/applications/{application-id}/synchronization/*",
];

/// The rest of the documented provisioning flow: the gallery (application templates and
/// `instantiate`), service principal lookups, and the provisioning logs (Reports module; beta
/// also serves them as `directoryProvisioning`, the name older docs pages use).
pub const PROVISIONING_FLOW_INCLUDE: &[&str] = &[
    "/applicationTemplates",
    "/applicationTemplates/{applicationTemplate-id}",
    "/applicationTemplates/{applicationTemplate-id}/microsoft.graph.instantiate",
    "/servicePrincipals",
    "/servicePrincipals/{servicePrincipal-id}",
    "/servicePrincipals(appId='{appId}')",
    "/auditLogs/provisioning",
    "/auditLogs/provisioning/*",
    "/auditLogs/directoryProvisioning",
    "/auditLogs/directoryProvisioning/*",
];

/// What `extract` keeps without `--include`: [`SYNCHRONIZATION_INCLUDE`] and
/// [`PROVISIONING_FLOW_INCLUDE`].
pub fn default_include() -> Vec<String> {
    SYNCHRONIZATION_INCLUDE
        .iter()
        .chain(PROVISIONING_FLOW_INCLUDE)
        .map(|p| p.to_string())
        .collect()
}

/// The extension `extract` writes on each operation of an optional feature; `generate` reads it.
pub const FEATURE_EXTENSION: &str = "x-msgraph-sync-feature";

/// The cargo feature of the provisioning-flow operations: off by default, since
/// `servicePrincipal` and the logs bring more generated code than the synchronization API itself.
pub const PROVISIONING_FLOW_FEATURE: &str = "provisioning-flow";

/// The operations of the paths matching `patterns` belong to the cargo feature `name`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeatureGate {
    pub name: String,
    pub patterns: Vec<String>,
}

impl FeatureGate {
    /// `NAME=PATTERN`, as the `--feature` option takes it.
    pub fn parse(text: &str) -> Result<FeatureGate> {
        match text.split_once('=') {
            Some((name, pattern)) if !name.is_empty() && !pattern.is_empty() => Ok(FeatureGate {
                name: name.to_string(),
                patterns: vec![pattern.to_string()],
            }),
            _ => Err(Error::Usage(format!("--feature takes NAME=PATTERN, not {text:?}"))),
        }
    }
}

/// What `extract` gates without `--feature`: the provisioning flow ([`PROVISIONING_FLOW_INCLUDE`])
/// behind [`PROVISIONING_FLOW_FEATURE`]. The synchronization paths stay ungated, those under
/// `/servicePrincipals/{id}` included: the patterns name whole paths.
pub fn default_features() -> Vec<FeatureGate> {
    vec![FeatureGate {
        name: PROVISIONING_FLOW_FEATURE.to_string(),
        patterns: PROVISIONING_FLOW_INCLUDE.iter().map(|p| p.to_string()).collect(),
    }]
}

/// Repeated `--feature NAME=PATTERN` options, one gate per name (patterns in the order given).
pub fn merge_features(gates: impl IntoIterator<Item = FeatureGate>) -> Vec<FeatureGate> {
    let mut merged: Vec<FeatureGate> = Vec::new();
    for gate in gates {
        match merged.iter_mut().find(|g| g.name == gate.name) {
            Some(existing) => existing.patterns.extend(gate.patterns),
            None => merged.push(gate),
        }
    }
    merged
}

/// Marks every operation of the paths a gate matches with [`FEATURE_EXTENSION`]. A path two
/// features match, or an operation an overlay already gave another feature, is an error.
fn mark_features(paths: &mut Mapping, features: &[FeatureGate]) -> Result<()> {
    for (key, item) in paths.iter_mut() {
        let Some(path) = key.as_str() else { continue };
        let matching: Vec<&FeatureGate> = features
            .iter()
            .filter(|f| f.patterns.iter().any(|p| glob::matches(p, path)))
            .collect();
        let pointer = format!("#/paths/{}", crate::error::pointer_segment(path));
        let gate = match matching.as_slice() {
            [] => continue,
            [one] => one,
            [first, second, ..] => {
                return Err(Error::Unsupported {
                    pointer,
                    what: format!(
                        "matched by the patterns of two features, {:?} and {:?}",
                        first.name, second.name
                    ),
                })
            }
        };
        let Some(item) = item.as_mapping_mut() else { continue };
        for (method, op) in item.iter_mut() {
            let Some(method) = method.as_str().filter(|m| METHODS.contains(m)) else {
                continue;
            };
            let Some(op) = op.as_mapping_mut() else { continue };
            match op.get(FEATURE_EXTENSION) {
                Some(existing) if existing.as_str() != Some(gate.name.as_str()) => {
                    return Err(Error::Unsupported {
                        pointer: format!("{pointer}/{method}/{FEATURE_EXTENSION}"),
                        what: format!(
                            "{existing:?} (from an overlay), but the extract configuration gates it behind {:?}",
                            gate.name
                        ),
                    })
                }
                Some(_) => {}
                None => {
                    op.insert(FEATURE_EXTENSION.into(), Value::String(gate.name.clone()));
                }
            }
        }
    }
    Ok(())
}

const METHODS: &[&str] = &["get", "put", "post", "patch", "delete", "head", "options", "trace"];

/// A named input text (file name as recorded in the lock, and contents).
pub struct Input<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The extracted fragment and its provenance.
pub struct Extracted {
    pub fragment: String,
    pub lock: String,
    pub paths: usize,
    pub operations: usize,
    pub schemas: usize,
    /// Overlay additions the upstream documents now have themselves (see [`overlay::CaughtUp`]).
    pub caught_up: Vec<overlay::CaughtUp>,
}

/// The provenance file written beside each fragment.
#[derive(Serialize, Deserialize)]
struct Lock<'a> {
    #[serde(borrow)]
    fragment: &'a str,
    fragment_sha256: String,
    /// Every upstream document, in the order merged.
    #[serde(borrow)]
    upstream: Vec<LockedFile<'a>>,
    include: std::borrow::Cow<'a, [String]>,
    /// The operations of the paths matching each feature's patterns carry `x-msgraph-sync-feature`.
    #[serde(default)]
    features: Vec<FeatureGate>,
    #[serde(borrow)]
    overlays: Vec<LockedFile<'a>>,
    generator: String,
    paths: usize,
    operations: usize,
    schemas: usize,
}

#[derive(Serialize, Deserialize)]
struct LockedFile<'a> {
    #[serde(borrow)]
    file: &'a str,
    sha256: String,
}

/// Hex sha256 of a text, as lock files record it.
pub fn sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Extracts the fragment named `fragment_name` from the `upstreams` (modules of one API version,
/// merged in order: their paths must not overlap, and a component two of them define must be the
/// same wherever the fragment uses it). No operation is gated; see [`extract_with_features`].
pub fn extract(fragment_name: &str, upstreams: &[Input], include: &[String], overlays: &[Input]) -> Result<Extracted> {
    extract_with_features(fragment_name, upstreams, include, &[], overlays)
}

/// [`extract`], marking the operations of the paths each of `features` matches as belonging to
/// that cargo feature (`x-msgraph-sync-feature`), which the generated code then compiles only
/// with the feature on, with the models only they reach.
pub fn extract_with_features(
    fragment_name: &str,
    upstreams: &[Input],
    include: &[String],
    features: &[FeatureGate],
    overlays: &[Input],
) -> Result<Extracted> {
    let (mut doc, differing) = merge_documents(upstreams)?;
    let mut caught_up = Vec::new();
    for o in overlays {
        caught_up.extend(overlay::apply(&mut doc, o.name, o.text)?);
    }
    let root = doc
        .as_mapping()
        .ok_or_else(|| Error::unsupported("#", "the document is not a mapping"))?;
    let all_paths = root
        .get("paths")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    let mut paths = Mapping::new();
    for (key, item) in &all_paths {
        let Some(path) = key.as_str() else { continue };
        if include.iter().any(|p| glob::matches(p, path)) {
            paths.insert(key.clone(), item.clone());
        }
    }
    mark_features(&mut paths, features)?;
    let names = || upstreams.iter().map(|u| u.name).collect::<Vec<_>>().join(", ");
    if paths.is_empty() {
        return Err(Error::Usage(format!(
            "no path of {} matches the include patterns {include:?}",
            names()
        )));
    }
    let components = root
        .get("components")
        .and_then(Value::as_mapping)
        .cloned()
        .unwrap_or_default();
    let referenced = closure(&paths, &components)?;
    if let Some((kind, name, first, other)) = differing
        .iter()
        .find(|(kind, name, _, _)| referenced.contains(&(kind.clone(), name.clone())))
    {
        return Err(Error::Unsupported {
            pointer: format!("#/components/{kind}/{}", crate::error::pointer_segment(name)),
            what: format!("defined differently in {first} and {other}; the fragment needs one definition"),
        });
    }

    let mut out_components = Mapping::new();
    for (kind, entries) in &components {
        let (Some(kind_name), Some(entries)) = (kind.as_str(), entries.as_mapping()) else {
            continue;
        };
        let kept: Mapping = entries
            .iter()
            .filter(|(name, _)| {
                name.as_str()
                    .is_some_and(|n| referenced.contains(&(kind_name.to_string(), n.to_string())))
            })
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if !kept.is_empty() {
            out_components.insert(kind.clone(), Value::Mapping(kept));
        }
    }
    let mut out = Mapping::new();
    for key in ["openapi", "info", "servers"] {
        if let Some(v) = root.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    let operations = paths
        .values()
        .filter_map(Value::as_mapping)
        .map(|item| {
            item.keys()
                .filter(|k| k.as_str().is_some_and(|m| METHODS.contains(&m)))
                .count()
        })
        .sum();
    let path_count = paths.len();
    out.insert("paths".into(), Value::Mapping(paths));
    out.insert("components".into(), Value::Mapping(out_components));
    let body = serde_yaml::to_string(&Value::Mapping(out)).map_err(|e| Error::yaml(fragment_name, &e))?;
    let fragment = format!(
        "# Extracted from {} by `msgraph-sync-codegen extract`; provenance in the .lock file beside it.\n\
         # Do not edit: fix upstream gaps in spec/overlay.yaml and re-run extract.\n{body}",
        names()
    );
    let schemas = referenced.iter().filter(|(kind, _)| kind == "schemas").count();
    let lock = Lock {
        fragment: fragment_name,
        fragment_sha256: sha256(&fragment),
        upstream: upstreams
            .iter()
            .map(|u| LockedFile {
                file: u.name,
                sha256: sha256(u.text),
            })
            .collect(),
        include: include.into(),
        features: features.to_vec(),
        overlays: overlays
            .iter()
            .map(|o| LockedFile {
                file: o.name,
                sha256: sha256(o.text),
            })
            .collect(),
        generator: format!("msgraph-sync-codegen {}", crate::VERSION),
        paths: path_count,
        operations,
        schemas,
    };
    let lock = serde_yaml::to_string(&lock).map_err(|e| Error::yaml(fragment_name, &e))?;
    Ok(Extracted {
        fragment,
        lock: format!(
            "# Provenance of {fragment_name}, written by `msgraph-sync-codegen extract`. Do not edit.\n{lock}"
        ),
        paths: path_count,
        operations,
        schemas,
        caught_up,
    })
}

/// A component defined differently by two documents: (kind, name, first document, other document).
type Differing = (String, String, String, String);

/// The upstream documents as one: the first one's `openapi`, `info` and `servers` (the others
/// must name the same servers: one API version), every document's paths (a path in two documents
/// is an error), and every component, the first definition kept; components defined differently
/// are returned, an error only if the fragment reaches them.
fn merge_documents(upstreams: &[Input]) -> Result<(Value, Vec<Differing>)> {
    let (first, rest) = upstreams
        .split_first()
        .ok_or_else(|| Error::Usage("extract needs at least one upstream document".into()))?;
    let mut doc: Value = serde_yaml::from_str(first.text).map_err(|e| Error::yaml(first.name, &e))?;
    let mut differing = Vec::new();
    for other in rest {
        let other_doc: Value = serde_yaml::from_str(other.text).map_err(|e| Error::yaml(other.name, &e))?;
        let (Some(base), Some(add)) = (doc.as_mapping_mut(), other_doc.as_mapping()) else {
            return Err(Error::unsupported("#", "an upstream document is not a mapping"));
        };
        if base.get("servers") != add.get("servers") {
            return Err(Error::Unsupported {
                pointer: "#/servers".into(),
                what: format!(
                    "{} and {} name different servers; merge documents of one API version only",
                    first.name, other.name
                ),
            });
        }
        if let Some(add_paths) = add.get("paths").and_then(Value::as_mapping) {
            let paths = mapping_entry(base, "paths", "#/paths")?;
            for (key, item) in add_paths {
                if paths.contains_key(key) {
                    return Err(Error::Unsupported {
                        pointer: format!(
                            "#/paths/{}",
                            crate::error::pointer_segment(key.as_str().unwrap_or_default())
                        ),
                        what: format!("in both {} and {}", first.name, other.name),
                    });
                }
                paths.insert(key.clone(), item.clone());
            }
        }
        if let Some(add_components) = add.get("components").and_then(Value::as_mapping) {
            let components = mapping_entry(base, "components", "#/components")?;
            for (kind, entries) in add_components {
                let (Some(kind_name), Some(entries)) = (kind.as_str(), entries.as_mapping()) else {
                    continue;
                };
                let existing = mapping_entry(components, kind_name, &format!("#/components/{kind_name}"))?;
                for (name, definition) in entries {
                    match existing.get(name) {
                        None => {
                            existing.insert(name.clone(), definition.clone());
                        }
                        Some(kept) if kept == definition => {}
                        Some(_) => differing.push((
                            kind_name.to_string(),
                            name.as_str().unwrap_or_default().to_string(),
                            first.name.to_string(),
                            other.name.to_string(),
                        )),
                    }
                }
            }
        }
    }
    Ok((doc, differing))
}

/// The mapping under `key` (at JSON pointer `pointer`), created empty when absent.
fn mapping_entry<'m>(map: &'m mut Mapping, key: &str, pointer: &str) -> Result<&'m mut Mapping> {
    if !map.contains_key(key) {
        map.insert(key.into(), Value::Mapping(Mapping::new()));
    }
    map.get_mut(key)
        .and_then(Value::as_mapping_mut)
        .ok_or_else(|| Error::unsupported(pointer, "is not a mapping"))
}

/// Every `(kind, name)` component reachable from `paths` through `$ref`s.
fn closure(paths: &Mapping, components: &Mapping) -> Result<BTreeSet<(String, String)>> {
    let mut seen = BTreeSet::new();
    let mut pending: Vec<(String, String)> = Vec::new();
    collect_refs(&Value::Mapping(paths.clone()), "#/paths", &mut pending)?;
    while let Some((reference, from)) = pending.pop() {
        let Some(rest) = reference.strip_prefix("#/components/") else {
            return Err(Error::DanglingRef {
                pointer: from,
                target: reference,
            });
        };
        let Some((kind, name)) = rest.split_once('/') else {
            return Err(Error::DanglingRef {
                pointer: from,
                target: reference,
            });
        };
        let key = (kind.to_string(), name.to_string());
        if seen.contains(&key) {
            continue;
        }
        let target = components
            .get(kind)
            .and_then(|entries| entries.get(name))
            .ok_or_else(|| Error::DanglingRef {
                pointer: from.clone(),
                target: reference.clone(),
            })?;
        collect_refs(target, &format!("#/components/{kind}/{name}"), &mut pending)?;
        seen.insert(key);
    }
    Ok(seen)
}

/// Pushes every `$ref` under `value` with the pointer of the object holding it.
fn collect_refs(value: &Value, pointer: &str, out: &mut Vec<(String, String)>) -> Result<()> {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map {
                let key = key.as_str().unwrap_or_default();
                if key == "$ref" {
                    let target = child
                        .as_str()
                        .ok_or_else(|| Error::unsupported(pointer, "$ref is not a string"))?;
                    out.push((target.to_string(), pointer.to_string()));
                } else {
                    collect_refs(child, &format!("{pointer}/{}", crate::error::pointer_segment(key)), out)?;
                }
            }
        }
        Value::Sequence(items) => {
            for (i, child) in items.iter().enumerate() {
                collect_refs(child, &format!("{pointer}/{i}"), out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Checks that the fragment `spec_dir/name` is what its lock file says `extract` wrote, and that the
/// overlays it records (looked up in `spec_dir`) are unchanged. Returns one line per problem, so a
/// hand edit of a fragment, or an overlay edited without re-running `extract`, is caught.
pub fn verify_lock(spec_dir: &std::path::Path, name: &str) -> Result<Vec<String>> {
    let read = |file: &str| {
        let path = spec_dir.join(file);
        std::fs::read_to_string(&path).map_err(|e| Error::io(path, e))
    };
    let lock_name = std::path::Path::new(name).with_extension("lock").display().to_string();
    let fragment = read(name)?;
    let lock_text = read(&lock_name)?;
    let lock: Lock = serde_yaml::from_str(&lock_text).map_err(|e| Error::yaml(&lock_name, &e))?;
    let mut problems = Vec::new();
    if lock.fragment_sha256 != sha256(&fragment) {
        problems.push(format!(
            "{name} differs from what extract wrote (sha256 in {lock_name}); do not edit fragments: change spec/overlay.yaml and re-run extract"
        ));
    }
    let generator = format!("msgraph-sync-codegen {}", crate::VERSION);
    if lock.generator != generator {
        problems.push(format!(
            "{name} was extracted by {}, this is {generator}; re-run extract",
            lock.generator
        ));
    }
    for overlay in &lock.overlays {
        let text = read(overlay.file)?;
        if overlay.sha256 != sha256(&text) {
            problems.push(format!(
                "{} changed since {name} was extracted; re-run extract",
                overlay.file
            ));
        }
    }
    Ok(problems)
}
