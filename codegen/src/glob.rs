//! Include patterns for `extract`: `*` matches any run of characters (slashes included), `?` one
//! character; everything else, `{` and `}` too, is literal, because Graph paths contain braces.

/// Whether `text` matches `pattern`.
pub fn matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Iterative wildcard matching with backtracking to the last `*` (linear space, no recursion).
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn wildcards() {
        let p = "/servicePrincipals/{servicePrincipal-id}/synchronization/*";
        assert!(matches(
            p,
            "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}"
        ));
        assert!(!matches(p, "/servicePrincipals/{servicePrincipal-id}/synchronization"));
        assert!(!matches(p, "/servicePrincipals/{servicePrincipal-id}/owners"));
        assert!(matches("/a?c", "/abc"));
        assert!(matches("*", ""));
        assert!(!matches("/a", "/ab"));
    }
}
