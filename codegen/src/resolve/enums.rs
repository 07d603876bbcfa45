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
        let variant = names::first_free(&names::variant_name(wire), &[], |variant| {
            variant == UNRECOGNIZED_VARIANT || members.iter().any(|m| m.variant == variant)
        });
        members.push(EnumMember {
            variant,
            wire: wire.to_string(),
        });
    }
    let flags = schema.enum_flags.as_ref().is_some_and(|f| f.is_flags);
    let member_name = if flags {
        names::flags_member_name(&rust_name)
    } else {
        rust_name.clone()
    };
    Ok(EnumDef {
        rust_name,
        spec_name: key.to_string(),
        doc,
        members,
        flags,
        member_name,
        gate: Gate::Always,
    })
}

#[cfg(test)]
mod tests {
    use super::super::resolve_yaml;
    use crate::error::Error;
    use crate::ir::*;

    fn members(values: &str) -> Vec<(String, String)> {
        let mut ir = resolve_yaml("{}", &format!("{{e: {{type: string, enum: {values}}}}}")).unwrap();
        match ir.types.remove("E") {
            Some(TypeDef::Enum(e)) => e.members.into_iter().map(|m| (m.variant, m.wire)).collect(),
            other => panic!("no enum: {other:?}"),
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(v, w)| (v.to_string(), w.to_string())).collect()
    }

    #[test]
    fn members_differing_only_in_case_are_one_member_the_first_spelling_kept() {
        assert_eq!(
            members("[unknownFutureValue, UnknownFutureValue, other]"),
            pairs(&[("UnknownFutureValue", "unknownFutureValue"), ("Other", "other")])
        );
    }

    #[test]
    fn members_differing_in_punctuation_get_numbered_variants_and_unrecognized_is_never_taken() {
        assert_eq!(
            members("[remoteControlSoftware, remote_Control_Software, unrecognized, '']"),
            pairs(&[
                ("RemoteControlSoftware", "remoteControlSoftware"),
                ("RemoteControlSoftware2", "remote_Control_Software"),
                ("Unrecognized2", "unrecognized"),
                ("Empty", ""),
            ])
        );
    }

    #[test]
    fn a_non_string_member_is_refused_with_its_index() {
        let err = resolve_yaml("{}", "{e: {type: string, enum: [a, 3]}}").unwrap_err();
        assert!(
            matches!(&err, Error::Unsupported { pointer, .. } if pointer == "#/components/schemas/e/enum/1"),
            "{err}"
        );
    }

    #[test]
    fn flags_come_from_x_ms_enum_flags() {
        let ir = resolve_yaml(
            "{}",
            "{e: {type: string, enum: [a], x-ms-enum-flags: {isFlags: true}}, f: {type: string, enum: [a], x-ms-enum-flags: {isFlags: false}}}",
        )
        .unwrap();
        assert!(matches!(&ir.types["E"], TypeDef::Enum(e) if e.flags));
        assert!(matches!(&ir.types["F"], TypeDef::Enum(e) if !e.flags));
    }
}
