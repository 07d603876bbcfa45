//! Checks of the typed spec that the later stages rely on, as their own pass (before `resolve`).
//!
//! Paths: each template is parsed here once into a [`PathTemplate`]; later stages read its
//! segments, never the text. A literal segment is sent as written, so every path template must
//! be a well-formed URL path whose segments can neither climb (`..`, `.`, `%2e%2e`), nor add a
//! query or a fragment (`?`, `#`), nor be read as another segment (`\`, an empty segment).
//! Braces only mark parameters: a whole `{key}` segment, or `name(key='{param}')`, or a typed
//! function parameter `name(key={param})`; `name(key=@alias)` is a parameter alias, whose value
//! travels as the query option `@alias`.

use crate::error::{pointer_segment, Error, Result};
use crate::ir::{Alias, LiteralKind, PathTemplate, Segment};
use crate::spec::Document;

/// Parses and checks every path of the document, in document order: the one place a path's
/// text is read. Each path's own result: `resolve` decides whether one bad path refuses the document.
pub fn path_templates(doc: &Document) -> Vec<Result<PathTemplate>> {
    doc.paths
        .iter()
        .map(|(path, _)| {
            parse_path(path).map_err(|reason| Error::InvalidPath {
                pointer: format!("#/paths/{}", pointer_segment(path)),
                path: path.clone(),
                reason,
            })
        })
        .collect()
}

/// The template of `path`, or why it cannot be sent as the spec writes it.
pub fn parse_path(path: &str) -> Result<PathTemplate, String> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err("does not start with `/`".to_string());
    };
    if rest.is_empty() {
        return Ok(PathTemplate { segments: Vec::new() });
    }
    let segments = rest
        .split('/')
        .map(|segment| parse_segment(segment).map_err(|reason| format!("segment {segment:?}: {reason}")))
        .collect::<Result<_, _>>()?;
    Ok(PathTemplate { segments })
}

fn parse_segment(segment: &str) -> Result<Segment, String> {
    match segment {
        "" => return Err("empty (`//` or a trailing `/`)".to_string()),
        "." | ".." => return Err("a dot segment, which climbs the path when sent".to_string()),
        _ => {}
    }
    if let Some(c) = segment.chars().find(|&c| !is_segment_char(c)) {
        return Err(match c {
            '%' => "percent-encoding (`%2e` is a dot once decoded): write the character itself".to_string(),
            '?' | '#' => format!("{c:?} would start a query or a fragment"),
            _ => format!("{c:?} is not allowed in a URL path segment (RFC 3986)"),
        });
    }
    let has_alias =
        || templated(segment).is_some_and(|(_, params)| params.iter().any(|p| matches!(p.value, Value::Alias(_))));
    if !segment.contains(['{', '}']) && !has_alias() {
        return Ok(Segment::Literal(segment.to_string()));
    }
    // A whole-segment key, `{servicePrincipal-id}`.
    if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
        check_parameter_name(name)?;
        return Ok(Segment::Key(name.to_string()));
    }
    // Parameters of a function or an alternate key, `applications(appId='{appId}')`: every brace
    // must belong to one.
    let braces = segment.matches('{').count();
    match templated(segment) {
        Some((prefix, params))
            if !prefix.contains(['{', '}'])
                && params.iter().filter(|p| !matches!(p.value, Value::Alias(_))).count() == braces
                && braces == segment.matches('}').count() =>
        {
            let names = params.iter().map(|p| match p.value {
                Value::Param(name, _) | Value::Alias(name) => name,
            });
            names.clone().try_for_each(check_parameter_name)?;
            let mut seen: Vec<&str> = Vec::new();
            if let Some(twice) = names.clone().find(|name| {
                let again = seen.contains(name);
                seen.push(name);
                again
            }) {
                return Err(format!("parameter {twice:?} appears twice"));
            }
            let (values, aliases): (Vec<&Param>, Vec<&Param>) =
                params.iter().partition(|p| matches!(p.value, Value::Param(..)));
            Ok(Segment::Templated {
                template: segment.to_string(),
                prefix: prefix.to_string(),
                keys: values.iter().map(|p| p.key.to_string()).collect(),
                params: values
                    .iter()
                    .map(|p| match p.value {
                        Value::Param(name, _) | Value::Alias(name) => name.to_string(),
                    })
                    .collect(),
                literals: values
                    .iter()
                    .map(|p| match p.value {
                        Value::Param(_, true) => LiteralKind::InQuotes,
                        _ => LiteralKind::Untyped,
                    })
                    .collect(),
                aliases: aliases
                    .iter()
                    .map(|p| Alias {
                        key: p.key.to_string(),
                        name: match p.value {
                            Value::Param(name, _) | Value::Alias(name) => name.to_string(),
                        },
                        kind: LiteralKind::Untyped,
                    })
                    .collect(),
            })
        }
        _ => Err(
            "braces are only allowed around a whole segment (`{key}`) or a parameter value (`name(key='{param}')`, `name(key={param})`, `key='{param}',…`), beside aliases (`key=@alias`)"
                .to_string(),
        ),
    }
}

/// One `key=value` of a function segment.
struct Param<'s> {
    key: &'s str,
    value: Value<'s>,
}

enum Value<'s> {
    /// `{param}` (false) or `'{param}'` (true, quoted).
    Param(&'s str, bool),
    /// `@alias`, its name without the `@`.
    Alias(&'s str),
}

/// `applications(appId='{appId}')` → (`applications`, [`appId='{appId}'`]): the prefix, and each
/// `key='{param}'`, `key={param}` or `key=@alias` inside the parentheses. A bare key list
/// (`id='{id}',policyId='{policyId}'`, a composite key as a segment of its own) has the prefix
/// `""`. `None` for a segment with neither parameters nor aliases, or with any other pair (a
/// literal value such as `userId='@userId'` leaves the whole segment literal).
fn templated(segment: &str) -> Option<(&str, Vec<Param<'_>>)> {
    let (prefix, inside) = match segment.split_once('(') {
        Some((prefix, rest)) => (prefix, rest.strip_suffix(')')?),
        None if segment.contains("='{") => ("", segment),
        None => return None,
    };
    // A key in parentheses without its name, `objectConnections('{objectId}')`: named after its parameter.
    if !prefix.is_empty() && !inside.contains(['=', ',']) {
        let quoted = inside.len() >= 2 && inside.starts_with('\'') && inside.ends_with('\'');
        let bare = if quoted { &inside[1..inside.len() - 1] } else { inside };
        let param = bare.strip_prefix('{')?.strip_suffix('}')?;
        return Some((
            prefix,
            vec![Param {
                key: param,
                value: Value::Param(param, quoted),
            }],
        ));
    }
    let params = inside
        .split(',')
        .map(|pair| {
            let (key, value) = pair.split_once('=')?;
            let key = key.trim();
            if let Some(alias) = value.strip_prefix('@') {
                return (!prefix.is_empty() && !alias.is_empty()).then_some(Param {
                    key,
                    value: Value::Alias(alias),
                });
            }
            let quoted = value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'');
            let bare = if quoted { &value[1..value.len() - 1] } else { value };
            let param = bare.strip_prefix('{')?.strip_suffix('}')?;
            Some(Param {
                key,
                value: Value::Param(param, quoted),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some((prefix, params))
}

/// A parameter name is also a Rust argument name and a string literal in the output.
fn check_parameter_name(name: &str) -> Result<(), String> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(format!(
            "parameter name {name:?} is not made of ASCII letters, digits, `-`, `_` and `.`"
        ));
    }
    Ok(())
}

/// RFC 3986 `pchar` without `%` (unreserved, sub-delims, `:`, `@`), and the braces of parameters.
fn is_segment_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@{}".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_shapes_pass() {
        for path in [
            "/",
            "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.start",
            "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/$count",
            "/applications(appId='{appId}')",
            "/applications(uniqueName='{uniqueName}')/microsoft.graph.delta()",
            "/groups/{group-id}/team/primaryChannel/microsoft.graph.doesUserHaveAccess(userId='@userId',tenantId='@tenantId')",
            "/sites/{site-id}/microsoft.graph.getByPath(path='{path}')",
            "/x/microsoft.graph.f(a={a},b='{b}')",
        ] {
            assert_eq!(parse_path(path).map(|t| t.to_string()), Ok(path.to_string()), "{path}");
        }
    }

    #[test]
    fn segments_are_literals_keys_and_templated_keys() {
        let template =
            parse_path("/sites/{site-id}/applications(appId='{appId}')/id='{id}',policyId='{policy-id}'/$count")
                .unwrap();
        assert_eq!(
            template.segments,
            [
                Segment::Literal("sites".into()),
                Segment::Key("site-id".into()),
                Segment::Templated {
                    template: "applications(appId='{appId}')".into(),
                    prefix: "applications".into(),
                    keys: vec!["appId".into()],
                    params: vec!["appId".into()],
                    literals: vec![LiteralKind::InQuotes],
                    aliases: Vec::new(),
                },
                Segment::Templated {
                    template: "id='{id}',policyId='{policy-id}'".into(),
                    prefix: String::new(),
                    keys: vec!["id".into(), "policyId".into()],
                    params: vec!["id".into(), "policy-id".into()],
                    literals: vec![LiteralKind::InQuotes, LiteralKind::InQuotes],
                    aliases: Vec::new(),
                },
                Segment::Literal("$count".into()),
            ]
        );
        // A function whose arguments are aliases (`@userId`), not parameters, is a literal.
        assert_eq!(
            parse_path("/a/f(userId='@userId')").unwrap().segments[1],
            Segment::Literal("f(userId='@userId')".into())
        );
        assert_eq!(parse_path("/").unwrap().segments, []);
        assert_eq!(
            parse_path("/servicePrincipals/{sp-id}/synchronization/jobs")
                .unwrap()
                .below_root_key(),
            "…/synchronization/jobs"
        );
        assert_eq!(parse_path("/a/{id}").unwrap().below_root_key(), "/a/{id}");
    }

    #[test]
    fn typed_function_parameters_and_aliases_are_told_apart() {
        let segment = &parse_path(
            "/reports/microsoft.graph.getKnownIssuesByTimeRange(daysInPast={daysInPast},period='{period}',includeAllActive=@includeAllActive)",
        )
        .unwrap()
        .segments[1];
        assert_eq!(
            segment,
            &Segment::Templated {
                template: "microsoft.graph.getKnownIssuesByTimeRange(daysInPast={daysInPast},period='{period}',includeAllActive=@includeAllActive)".into(),
                prefix: "microsoft.graph.getKnownIssuesByTimeRange".into(),
                keys: vec!["daysInPast".into(), "period".into()],
                params: vec!["daysInPast".into(), "period".into()],
                literals: vec![LiteralKind::Untyped, LiteralKind::InQuotes],
                aliases: vec![Alias {
                    key: "includeAllActive".into(),
                    name: "includeAllActive".into(),
                    kind: LiteralKind::Untyped,
                }],
            }
        );
        assert!(segment.is_function());
        // A key without its name: named after its parameter.
        assert_eq!(
            parse_path("/jobs/{id}/objectConnections('{objectId}')")
                .unwrap()
                .segments[2],
            Segment::Templated {
                template: "objectConnections('{objectId}')".into(),
                prefix: "objectConnections".into(),
                keys: vec!["objectId".into()],
                params: vec!["objectId".into()],
                literals: vec![LiteralKind::InQuotes],
                aliases: Vec::new(),
            }
        );
        // Aliases alone make a function segment too; a quoted `'@x'` is a string, so literal.
        assert!(parse_path("/a/f(top=@top)").unwrap().segments[1].is_function());
        assert!(!parse_path("/a(appId='{appId}')").unwrap().segments[0].is_function());
        for (path, reason) in [
            ("/a/f(x={y},z=@y)", "appears twice"),
            ("/a/f(x={y},z=@w v)", "not allowed"),
        ] {
            match parse_path(path) {
                Err(why) => assert!(why.contains(reason), "{path:?}: {why}"),
                Ok(template) => panic!("{path:?} accepted as {template:?}"),
            }
        }
    }

    #[test]
    fn hostile_templates_are_refused_with_the_reason() {
        for (path, reason) in [
            ("", "does not start with `/`"),
            ("a/b", "does not start with `/`"),
            ("//a", "segment \"\": empty"),
            ("/a/", "segment \"\": empty"),
            ("/a/../b", "segment \"..\": a dot segment"),
            ("/a/./b", "segment \".\": a dot segment"),
            ("/a/%2e%2e", "percent-encoding"),
            ("/a?x=1", "would start a query"),
            ("/a#top", "would start a query or a fragment"),
            ("/a\\b", "is not allowed in a URL path segment"),
            ("/a b", "is not allowed in a URL path segment"),
            ("/a\u{202e}b", "is not allowed in a URL path segment"),
            ("/{}", "parameter name \"\""),
            ("/{a}{b}", "parameter name \"a}{b\""),
            ("/{a b}", "not allowed"),
            ("/{a\"}", "not allowed"),
            ("/x{a}", "braces are only allowed"),
            ("/f(a='{b}'", "braces are only allowed"),
            ("/f(a='{b}',c)", "braces are only allowed"),
            ("/f({a}='{b}')", "braces are only allowed"),
            ("/f(a='{b}{c}')", "braces are only allowed"),
            ("/{a/b}", "braces are only allowed"),
        ] {
            match parse_path(path) {
                Err(why) => assert!(why.contains(reason), "{path:?}: {why}"),
                Ok(template) => panic!("{path:?} accepted as {template:?}"),
            }
        }
    }

    #[test]
    fn a_bad_path_is_an_invalid_path_error_naming_it() {
        let err = crate::resolve::resolve_yaml("{'/a/../b': {}}", "{}").unwrap_err();
        assert!(
            matches!(&err, Error::InvalidPath { pointer, path, .. } if pointer == "#/paths/~1a~1..~1b" && path == "/a/../b"),
            "{err}"
        );
    }
}
