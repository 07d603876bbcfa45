//! Checks of the typed spec that the later stages rely on, as their own pass (before `resolve`).
//!
//! Paths: a literal segment is sent as written, so every path template must be a well-formed URL
//! path whose segments can neither climb (`..`, `.`, `%2e%2e`), nor add a query or a fragment
//! (`?`, `#`), nor be read as another segment (`\`, an empty segment). Braces only mark
//! parameters: a whole `{key}` segment, or `name(key='{param}')`.

use crate::error::{pointer_segment, Error, Result};
use crate::spec::Document;

/// Checks every path of the document.
pub fn check(doc: &Document) -> Result<()> {
    for (path, _) in doc.paths.iter() {
        check_path(path).map_err(|reason| Error::InvalidPath {
            pointer: format!("#/paths/{}", pointer_segment(path)),
            path: path.clone(),
            reason,
        })?;
    }
    Ok(())
}

/// Why `path` cannot be sent as the spec writes it, if it cannot.
fn check_path(path: &str) -> Result<(), String> {
    let Some(rest) = path.strip_prefix('/') else {
        return Err("does not start with `/`".to_string());
    };
    if rest.is_empty() {
        return Ok(());
    }
    for segment in rest.split('/') {
        check_segment(segment).map_err(|reason| format!("segment {segment:?}: {reason}"))?;
    }
    Ok(())
}

fn check_segment(segment: &str) -> Result<(), String> {
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
    if !segment.contains(['{', '}']) {
        return Ok(());
    }
    // A whole-segment key, `{servicePrincipal-id}`.
    if let Some(name) = segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
        return check_parameter_name(name);
    }
    // Parameters of a function or an alternate key, `applications(appId='{appId}')`: every brace
    // must belong to one.
    let braces = segment.matches('{').count();
    match crate::navigation::templated(segment) {
        Some((prefix, params))
            if !prefix.contains(['{', '}']) && params.len() == braces && braces == segment.matches('}').count() =>
        {
            params.iter().try_for_each(|(_, name)| check_parameter_name(name))
        }
        _ => Err(
            "braces are only allowed around a whole segment (`{key}`) or a parameter value (`name(key='{param}')`, `key='{param}',…`)"
                .to_string(),
        ),
    }
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
            assert_eq!(check_path(path), Ok(()), "{path}");
        }
    }
}
