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
}

/// Applies the overlay `text` (named `file` in errors) to `doc`.
pub fn apply(doc: &mut Value, file: &str, text: &str) -> Result<()> {
    let overlay: Overlay = serde_yaml::from_str(text).map_err(|e| Error::yaml(file, &e))?;
    if !overlay.overlay.starts_with("1.") {
        return Err(Error::Overlay {
            file: file.to_string(),
            index: 0,
            message: format!("unsupported overlay version {:?}", overlay.overlay),
        });
    }
    for (index, action) in overlay.actions.iter().enumerate() {
        let fail = |message: String| Error::Overlay {
            file: file.to_string(),
            index,
            message,
        };
        let segments = parse_target(&action.target).map_err(fail)?;
        if action.remove {
            let (last, parents) = segments
                .split_last()
                .ok_or_else(|| fail("cannot remove the document root".into()))?;
            let parent =
                lookup(doc, parents).ok_or_else(|| fail(format!("target {:?} matches nothing", action.target)))?;
            let removed = parent.as_mapping_mut().and_then(|m| m.remove(last.as_str()));
            if removed.is_none() {
                return Err(fail(format!("target {:?} matches nothing", action.target)));
            }
        } else if let Some(update) = &action.update {
            let target =
                lookup(doc, &segments).ok_or_else(|| fail(format!("target {:?} matches nothing", action.target)))?;
            merge(target, update.clone());
        } else {
            return Err(fail("action has neither update nor remove".into()));
        }
    }
    Ok(())
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
        assert_eq!(
            err.to_string(),
            "o.yaml: action 0: target \"$.paths['/missing']\" matches nothing"
        );
    }
}
