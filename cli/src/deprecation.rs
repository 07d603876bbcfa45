//! Warnings on standard error when a command is about to call an operation Microsoft deprecated
//! (`deprecated: true` and `x-ms-deprecation` in the spec, which the generated registry carries):
//! users learn the removal date from the tool before the service stops answering.

use std::io::Write;

use msgraph_sync::registry::OperationEntry;

/// The operations a command calls, as (method, spec path template).
pub type Calls<'a> = &'a [(&'a str, &'a str)];

/// `PUT …/synchronization/secrets`, which `secrets set` and `app instantiate` call.
pub const SAVE_SECRETS: (&str, &str) = (
    "PUT",
    "/servicePrincipals/{servicePrincipal-id}/synchronization/secrets",
);

/// `POST …/jobs/{id}/microsoft.graph.validateCredentials`, which `app instantiate` calls.
pub const VALIDATE_CREDENTIALS: (&str, &str) = (
    "POST",
    "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.validateCredentials",
);

/// The deprecation notes of `calls`, looked up in each API version's registry: Microsoft marks
/// beta first, and the v1.0 operation of the same path goes with it.
pub fn notes(calls: Calls<'_>) -> Vec<String> {
    notes_in(
        &[
            msgraph_sync::v1_0::registry::OPERATIONS,
            msgraph_sync::beta::registry::OPERATIONS,
        ],
        calls,
    )
}

/// [`notes`] against the given operation tables (one line per deprecated call, once each).
pub fn notes_in(tables: &[&'static [OperationEntry]], calls: Calls<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (method, path) in calls {
        let note = tables
            .iter()
            .find_map(|table| OperationEntry::find(table, method, path).and_then(|op| op.deprecation));
        if let Some(note) = note {
            let line = format!("warning: {method} {path} is {note}");
            if !out.contains(&line) {
                out.push(line);
            }
        }
    }
    out
}

/// Writes [`notes`] of `calls` to `err` (standard error in the commands).
pub fn warn(err: &mut impl Write, calls: Calls<'_>) -> std::io::Result<()> {
    notes(calls).iter().try_for_each(|line| writeln!(err, "{line}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use msgraph_sync::registry::OperationEntry as Op;

    static TABLE: &[Op] = &[
        Op::new(
            "PUT",
            "/servicePrincipals/{servicePrincipal-id}/synchronization/secrets",
            None,
            None,
            false,
        )
        .with_deprecation("deprecated by Microsoft, removal on 2027-07-06: Use the new secrets API."),
        Op::new(
            "GET",
            "/servicePrincipals/{servicePrincipal-id}/synchronization",
            None,
            None,
            false,
        ),
    ];

    #[test]
    fn a_deprecated_call_is_named_with_its_removal_date_and_others_are_not() {
        let notes = notes_in(
            &[TABLE],
            &[
                SAVE_SECRETS,
                SAVE_SECRETS,
                ("GET", "/servicePrincipals/{servicePrincipal-id}/synchronization"),
            ],
        );
        assert_eq!(
            notes,
            ["warning: PUT /servicePrincipals/{servicePrincipal-id}/synchronization/secrets is deprecated by Microsoft, removal on 2027-07-06: Use the new secrets API."]
        );
    }

    #[test]
    fn the_calls_named_exist_in_the_spec() {
        for (method, path) in [SAVE_SECRETS, VALIDATE_CREDENTIALS] {
            assert!(
                OperationEntry::find(msgraph_sync::v1_0::registry::OPERATIONS, method, path).is_some(),
                "{method} {path}"
            );
        }
    }
}
