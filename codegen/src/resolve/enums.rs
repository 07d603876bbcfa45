//! String enums: members matched ignoring ASCII case, variants numbered where punctuation alone
//! tells members apart.

use crate::error::{Error, Result};
use crate::ir::*;
use crate::names::{self, UNRECOGNIZED_VARIANT};
use crate::spec::Schema;

pub(super) fn enumeration(
    rust_name: String,
    key: &str,
    doc: Option<String>,
    schema: &Schema,
    values: &[serde_yaml::Value],
    pointer: &str,
) -> Result<EnumDef> {
    let mut members: Vec<EnumMember> = Vec::new();
    for (i, value) in values.iter().enumerate() {
        let wire = value
            .as_str()
            .ok_or_else(|| Error::unsupported(&format!("{pointer}/enum/{i}"), "non-string enum member"))?;
        // Members are matched ignoring ASCII case (as Graph's service does); the spec sometimes
        // lists one member twice in different cases (`unknownFutureValue`/`UnknownFutureValue`).
        if members.iter().any(|m| m.wire.eq_ignore_ascii_case(wire)) {
            continue;
        }
        // Distinct members that differ only in punctuation (`remoteControlSoftware`,
        // `remote_Control_Software`) get numbered variants, in spec order.
        let base = names::variant_name(wire);
        let mut variant = base.clone();
        let mut n = 2;
        while variant == UNRECOGNIZED_VARIANT || members.iter().any(|m| m.variant == variant) {
            variant = format!("{base}{n}");
            n += 1;
        }
        members.push(EnumMember {
            variant,
            wire: wire.to_string(),
        });
    }
    Ok(EnumDef {
        rust_name,
        spec_name: key.to_string(),
        doc,
        members,
        flags: schema.enum_flags.as_ref().is_some_and(|f| f.is_flags),
        gate: Gate::Always,
    })
}
