//! OpenAPI Overlay 1.0, the subset spec fixes need: `update` (deep merge) and `remove`, with
//! targets written as simple JSONPath (`$.paths['/a/{id}'].post`, `$.components.schemas`).

use crate::error::{Error, Result};
use serde::Deserialize;
use serde_yaml::Value;

#[derive(Debug, Deserialize)]
struct Overlay {
    overlay: String,
    actions: Vec<Action>,
}

#[derive(Debug, Deserialize)]
struct Action {
    target: String,
    #[serde(default)]
    update: Option<Value>,
    #[serde(default)]
    remove: bool,
    /// `x-msgraph-sync-only: beta`: the action applies to documents of that API version only (the
    /// last segment of the first server URL), for what the service has in one version alone.
    #[serde(default, rename = "x-msgraph-sync-only")]
    only: Option<String>,
}

/// An overlay action the upstream document has caught up with: it adds what the document now has
/// itself, or removes what it no longer has. The overlay can shrink.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaughtUp {
    pub file: String,
    pub index: usize,
    /// `adds GET /path, which the upstream document now has`, `removes PATCH /path, which …`.
    pub what: String,
}

impl std::fmt::Display for CaughtUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: action {} {}: the entry can go",
            self.file, self.index, self.what
        )
    }
}

/// The API version of a document: the last segment of its first server URL (`beta`, `v1.0`).
fn api_version(doc: &Value) -> Option<&str> {
    doc.get("servers")?
        .get(0)?
        .get("url")?
        .as_str()?
        .trim_end_matches('/')
        .rsplit('/')
        .next()
}

const METHODS: [&str; 5] = ["get", "put", "post", "patch", "delete"];

/// What an `update` at `segments` adds that `doc` (before the update) already has.
fn already_there(doc: &Value, segments: &[String], update: &Value) -> Vec<String> {
    let Some(update) = update.as_mapping() else {
        return Vec::new();
    };
    let has_operation = |path: &str, method: &str| {
        doc.get("paths")
            .and_then(|p| p.get(path))
            .and_then(|i| i.get(method))
            .is_some()
    };
    let mut found = Vec::new();
    match segments {
        [paths] if paths == "paths" => {
            for (path, item) in update {
                let (Some(path), Some(item)) = (path.as_str(), item.as_mapping()) else {
                    continue;
                };
                for method in item.keys().filter_map(Value::as_str).filter(|m| METHODS.contains(m)) {
                    if has_operation(path, method) {
                        found.push(format!(
                            "adds {} {path}, which the upstream document now has",
                            method.to_uppercase()
                        ));
                    }
                }
            }
        }
        [paths, path] if paths == "paths" => {
            for method in update.keys().filter_map(Value::as_str).filter(|m| METHODS.contains(m)) {
                if has_operation(path, method) {
                    found.push(format!(
                        "adds {} {path}, which the upstream document now has",
                        method.to_uppercase()
                    ));
                }
            }
        }
        [components, schemas] if components == "components" && schemas == "schemas" => {
            for name in update.keys().filter_map(Value::as_str) {
                if doc
                    .get("components")
                    .and_then(|c| c.get("schemas"))
                    .and_then(|s| s.get(name))
                    .is_some()
                {
                    found.push(format!("adds schema {name}, which the upstream document now has"));
                }
            }
        }
        _ => {}
    }
    found
}

/// Applies the overlay `text` (named `file` in errors) to `doc`, and returns the actions' additions
/// that `doc` already had (still applied: the output changes only when the entry is removed).
pub fn apply(doc: &mut Value, file: &str, text: &str) -> Result<Vec<CaughtUp>> {
    let overlay: Overlay = serde_yaml::from_str(text).map_err(|e| Error::yaml(file, &e))?;
    if !overlay.overlay.starts_with("1.") {
        return Err(Error::Overlay {
            file: file.to_string(),
            index: 0,
            message: format!("unsupported overlay version {:?}", overlay.overlay),
        });
    }
    let mut caught_up = Vec::new();
    for (index, action) in overlay.actions.iter().enumerate() {
        let fail = |message: String| Error::Overlay {
            file: file.to_string(),
            index,
            message,
        };
        if action
            .only
            .as_deref()
            .is_some_and(|only| api_version(doc) != Some(only))
        {
            continue;
        }
        let segments = parse_target(&action.target).map_err(fail)?;
        if action.remove {
            let (last, parents) = segments
                .split_last()
                .ok_or_else(|| fail("cannot remove the document root".into()))?;
            let parent =
                lookup(doc, parents).ok_or_else(|| fail(format!("target {:?} matches nothing", action.target)))?;
            let removed = parent.as_mapping_mut().and_then(|m| m.remove(last.as_str()));
            if removed.is_none() {
                // The parent is there and the entry is gone: upstream removed it itself.
                if let [.., path, method] = segments.as_slice() {
                    if segments.len() == 3 && segments[0] == "paths" && METHODS.contains(&method.as_str()) {
                        caught_up.push(CaughtUp {
                            file: file.to_string(),
                            index,
                            what: format!(
                                "removes {} {path}, which the upstream document no longer has",
                                method.to_uppercase()
                            ),
                        });
                        continue;
                    }
                }
                return Err(fail(format!("target {:?} matches nothing", action.target)));
            }
        } else if let Some(update) = &action.update {
            caught_up.extend(already_there(doc, &segments, update).into_iter().map(|what| CaughtUp {
                file: file.to_string(),
                index,
                what,
            }));
            let target =
                lookup(doc, &segments).ok_or_else(|| fail(format!("target {:?} matches nothing", action.target)))?;
            merge(target, update.clone());
        } else {
            return Err(fail("action has neither update nor remove".into()));
        }
    }
    Ok(caught_up)
}

/// `$.a.b['c/d']` → `["a", "b", "c/d"]`.
fn parse_target(target: &str) -> std::result::Result<Vec<String>, String> {
    let mut rest = target
        .strip_prefix('$')
        .ok_or_else(|| format!("target {target:?} must start with `$`"))?;
    let mut segments = Vec::new();
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("['") {
            let end = r.find("']").ok_or_else(|| format!("unclosed ['...'] in {target:?}"))?;
            segments.push(r[..end].to_string());
            rest = &r[end + 2..];
        } else if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(format!("empty segment in {target:?}"));
            }
            segments.push(r[..end].to_string());
            rest = &r[end..];
        } else {
            return Err(format!(
                "unsupported JSONPath syntax in {target:?} (use `.name` and `['name']`)"
            ));
        }
    }
    Ok(segments)
}

fn lookup<'v>(doc: &'v mut Value, segments: &[String]) -> Option<&'v mut Value> {
    segments
        .iter()
        .try_fold(doc, |node, segment| node.as_mapping_mut()?.get_mut(segment.as_str()))
}

/// Overlay `update` semantics: objects merge recursively, arrays append, anything else replaces.
fn merge(target: &mut Value, update: Value) {
    match (target, update) {
        (Value::Mapping(target), Value::Mapping(update)) => {
            for (key, value) in update {
                match target.get_mut(&key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        target.insert(key, value);
                    }
                }
            }
        }
        (Value::Sequence(target), Value::Sequence(update)) => target.extend(update),
        (target, update) => *target = update,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets() {
        assert_eq!(
            parse_target("$.paths['/a/{b}'].post").unwrap(),
            vec!["paths", "/a/{b}", "post"]
        );
        assert!(parse_target("paths").is_err());
        assert!(parse_target("$..x").is_err());
    }

    #[test]
    fn update_and_remove() {
        let mut doc: Value = serde_yaml::from_str("paths:\n  /a:\n    get: {x: 1}\n").unwrap();
        let overlay = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: \"$.paths['/a']\"\n    update: {post: {y: 2}}\n  - target: \"$.paths['/a'].get\"\n    remove: true\n";
        apply(&mut doc, "o.yaml", overlay).unwrap();
        assert_eq!(
            serde_yaml::to_string(&doc).unwrap(),
            "paths:\n  /a:\n    post:\n      y: 2\n"
        );
        let err = apply(&mut doc, "o.yaml", &overlay.replace("/a", "/missing")).unwrap_err();
        assert!(err.to_string().contains("matches nothing"));
        let err = apply(&mut doc, "o.yaml", &overlay.replace("/a", "/missing")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "o.yaml: action 0: target \"$.paths['/missing']\" matches nothing"
        );
    }

    #[test]
    fn an_addition_upstream_already_has_is_reported_and_version_bound_actions_skip_other_versions() {
        let text = "servers: [{url: 'https://graph.microsoft.com/beta/'}]\npaths:\n  /a:\n    get: {x: 1}\ncomponents: {schemas: {s: {type: object}}}\n";
        let overlay = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: \"$.paths\"\n    update: {/a: {get: {y: 2}, delete: {}}, /b: {get: {}}}\n  - target: \"$.paths['/a']\"\n    update: {get: {z: 3}}\n  - target: \"$.components.schemas\"\n    update: {s: {}, t: {}}\n  - target: \"$.paths\"\n    x-msgraph-sync-only: v1.0\n    update: {/c: {get: {}}}\n  - target: \"$.paths['/a'].patch\"\n    remove: true\n";
        let mut doc: Value = serde_yaml::from_str(text).unwrap();
        let caught_up = apply(&mut doc, "o.yaml", overlay).unwrap();
        let lines: Vec<String> = caught_up.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "o.yaml: action 0 adds GET /a, which the upstream document now has: the entry can go",
                "o.yaml: action 1 adds GET /a, which the upstream document now has: the entry can go",
                "o.yaml: action 2 adds schema s, which the upstream document now has: the entry can go",
                "o.yaml: action 4 removes PATCH /a, which the upstream document no longer has: the entry can go",
            ]
        );
        // The v1.0-only action left the beta document alone.
        assert!(doc["paths"].get("/c").is_none() && doc["paths"].get("/b").is_some());
    }
}
