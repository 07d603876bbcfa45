//! Components → structs and aliases: `allOf` parents flattened into fields (parents first, a
//! redeclared property taking over its parent's field), field names made unique, property types.

use super::{schema_pointer, Resolver, SCHEMA_REF_PREFIX};
use crate::error::{pointer_segment, Error, Result};
use crate::ir::*;
use crate::names::{self, ADDITIONAL_PROPERTIES_FIELD, DECLARED_ADDITIONAL_PROPERTIES_FIELD};
use crate::spec::{Ordered, Schema, ANNOTATION_KEYWORDS};
use std::collections::BTreeSet;

impl Resolver<'_> {
    pub(super) fn component(&self, key: &str, schema: &Schema) -> Result<TypeDef> {
        let pointer = schema_pointer(key);
        let rust_name = self.type_name(key);
        self.check_schema(schema, &pointer)?;
        let doc = schema.description.clone();
        if let Some(values) = &schema.enumeration {
            return Ok(TypeDef::Enum(super::enums::enumeration(
                rust_name, key, doc, schema, values, &pointer,
            )?));
        }
        if schema.all_of.is_some() || schema.properties.is_some() || schema.kind.as_deref() == Some("object") {
            let fields = self.struct_fields(schema, &pointer, &mut vec![key.to_string()])?;
            // Checked by `struct_fields`: every `allOf` reference resolves.
            let parents = schema
                .all_of
                .iter()
                .flatten()
                .filter_map(|part| part.reference.as_deref())
                .filter_map(|target| target.strip_prefix(SCHEMA_REF_PREFIX))
                .map(|key| self.type_name(key))
                .collect();
            // Microsoft writes the deprecation beside `allOf` or in its own (inline) part.
            let deprecation = schema.deprecation().or_else(|| {
                schema
                    .all_of
                    .iter()
                    .flatten()
                    .filter(|part| part.reference.is_none())
                    .find_map(Schema::deprecation)
            });
            return Ok(TypeDef::Struct(StructDef {
                rust_name,
                spec_name: key.to_string(),
                doc,
                fields,
                parents,
                gate: Gate::Always,
                deprecation,
            }));
        }
        let ty = self.property_type(schema, &pointer)?;
        Ok(TypeDef::Alias(AliasDef {
            rust_name,
            spec_name: key.to_string(),
            doc,
            ty,
            gate: Gate::Always,
        }))
    }

    /// Fields of an object schema, parents (`allOf`) first, names made unique.
    pub(super) fn struct_fields(
        &self,
        schema: &Schema,
        pointer: &str,
        stack: &mut Vec<String>,
    ) -> Result<Vec<FieldDef>> {
        let mut raw = Vec::new();
        self.collect_properties(schema, pointer, stack, &mut raw)?;
        let mut taken: BTreeSet<String> = BTreeSet::from([ADDITIONAL_PROPERTIES_FIELD.to_string()]);
        let mut seen_wire: BTreeSet<String> = BTreeSet::new();
        let mut fields = Vec::new();
        for (wire, prop, prop_pointer) in raw {
            // A child redeclaring a parent's property overrides it (last declaration wins), and
            // takes over its field name.
            if !seen_wire.insert(wire.clone()) {
                if let Some(at) = fields.iter().position(|f: &FieldDef| f.wire_name == wire) {
                    taken.remove(&fields.remove(at).rust_name);
                }
            }
            let base = match names::field_name(&wire) {
                name if name == ADDITIONAL_PROPERTIES_FIELD => DECLARED_ADDITIONAL_PROPERTIES_FIELD.to_string(),
                name => name,
            };
            let rust_name = names::first_free(&base, &[], |name| taken.contains(name));
            taken.insert(rust_name.clone());
            fields.push(FieldDef {
                ty: self.property_type(prop, &prop_pointer)?,
                doc: prop.description.clone(),
                nullable: prop.nullable,
                rust_name,
                wire_name: wire,
            });
        }
        Ok(fields)
    }

    fn collect_properties<'s>(
        &'s self,
        schema: &'s Schema,
        pointer: &str,
        stack: &mut Vec<String>,
        out: &mut Vec<(String, &'s Schema, String)>,
    ) -> Result<()> {
        self.check_schema(schema, pointer)?;
        if schema.any_of.is_some() || schema.one_of.is_some() {
            return Err(Error::unsupported(pointer, "anyOf/oneOf in an object schema"));
        }
        for (i, part) in schema.all_of.iter().flatten().enumerate() {
            let part_pointer = format!("{pointer}/allOf/{i}");
            if let Some(target) = &part.reference {
                let key = self.schema_key(target, &part_pointer)?;
                if let Some(at) = stack.iter().position(|k| k == key) {
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(key.to_string());
                    return Err(Error::CyclicAllOf {
                        pointer: part_pointer,
                        cycle: cycle.join(" → "),
                    });
                }
                let parent = self.schemas[key];
                stack.push(key.to_string());
                self.collect_properties(parent, &schema_pointer(key), stack, out)?;
                stack.pop();
            } else {
                self.collect_properties(part, &part_pointer, stack, out)?;
            }
        }
        for (name, prop) in schema.properties.iter().flat_map(Ordered::iter) {
            out.push((
                name.clone(),
                prop,
                format!("{pointer}/properties/{}", pointer_segment(name)),
            ));
        }
        Ok(())
    }

    /// Refuses unknown keywords, and a `$ref` under `additionalProperties` that points nowhere.
    pub(super) fn check_schema(&self, schema: &Schema, pointer: &str) -> Result<()> {
        check_keywords(schema, pointer)?;
        if let Some(target) = schema
            .additional_properties
            .as_ref()
            .and_then(|a| a.get("$ref"))
            .and_then(|r| r.as_str())
        {
            self.schema_key(target, &format!("{pointer}/additionalProperties"))?;
        }
        Ok(())
    }

    pub(super) fn schema_key<'r>(&self, target: &'r str, pointer: &str) -> Result<&'r str> {
        let dangling = || Error::DanglingRef {
            pointer: pointer.to_string(),
            target: target.to_string(),
        };
        let key = target.strip_prefix(SCHEMA_REF_PREFIX).ok_or_else(dangling)?;
        match self.schemas.get(key) {
            Some(_) => Ok(key),
            None => Err(dangling()),
        }
    }

    /// The type of a property (or array item, or body) schema.
    pub(super) fn property_type(&self, schema: &Schema, pointer: &str) -> Result<Type> {
        self.check_schema(schema, pointer)?;
        if let Some(target) = &schema.reference {
            let key = self.schema_key(target, pointer)?;
            return Ok(Type::Named {
                rust_name: self.type_name(key),
                boxed: false,
            });
        }
        if schema.any_of.is_some() || schema.one_of.is_some() {
            return Err(Error::unsupported(pointer, "anyOf/oneOf"));
        }
        if let Some(parts) = &schema.all_of {
            return match parts.as_slice() {
                [single] if single.reference.is_some() => self.property_type(single, &format!("{pointer}/allOf/0")),
                _ => Err(Error::unsupported(pointer, "inline allOf in a property")),
            };
        }
        if schema.enumeration.is_some() {
            return Err(Error::unsupported(
                pointer,
                "inline enum (only component enums are named)",
            ));
        }
        let format = schema.format.as_deref();
        let ty = match (schema.kind.as_deref(), format) {
            // `date` and `time` (of day) stay in their wire form; no typed wrapper yet.
            (Some("string"), None | Some("date" | "time")) => Type::String,
            (Some("string"), Some("date-time")) => Type::DateTime,
            (Some("string"), Some("duration")) => Type::Duration,
            (Some("string"), Some("uuid")) => Type::Uuid,
            (Some("string"), Some("binary" | "byte" | "base64url")) => Type::Bytes,
            (Some("integer"), Some("int32" | "int16" | "int8" | "uint8")) => Type::I32,
            (Some("integer"), Some("int64") | None) => Type::I64,
            (Some("number"), Some("double" | "float" | "decimal") | None) => Type::F64,
            (Some("boolean"), None) => Type::Bool,
            (Some("array"), _) => {
                let items = schema
                    .items
                    .as_deref()
                    .ok_or_else(|| Error::unsupported(pointer, "array without items"))?;
                Type::List(Box::new(self.property_type(items, &format!("{pointer}/items"))?))
            }
            (Some("object") | None, None) if schema.properties.is_none() => Type::Json,
            (Some("object") | None, None) => {
                return Err(Error::unsupported(
                    pointer,
                    "inline object with properties (name it in components/schemas)",
                ))
            }
            (kind, format) => {
                return Err(Error::unsupported(
                    pointer,
                    format!(
                        "type {:?} with format {:?}",
                        kind.unwrap_or("(none)"),
                        format.unwrap_or("(none)")
                    ),
                ))
            }
        };
        Ok(ty)
    }
}

/// Refuses keywords that would change the type but that the generator does not model.
fn check_keywords(schema: &Schema, pointer: &str) -> Result<()> {
    for keyword in schema.other.keys() {
        if !keyword.starts_with("x-") && !ANNOTATION_KEYWORDS.contains(&keyword.as_str()) {
            return Err(Error::unsupported(pointer, format!("keyword {keyword:?}")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::resolve_yaml;
    use crate::error::Error;
    use crate::ir::*;

    fn strukt(schemas: &str, name: &str) -> StructDef {
        match resolve_yaml("{}", schemas).unwrap().types.remove(name) {
            Some(TypeDef::Struct(s)) => s,
            other => panic!("{name} is no struct: {other:?}"),
        }
    }

    fn fields(s: &StructDef) -> Vec<(&str, &str)> {
        s.fields
            .iter()
            .map(|f| (f.wire_name.as_str(), f.rust_name.as_str()))
            .collect()
    }

    #[test]
    fn all_of_puts_parents_first_in_declaration_order() {
        let s = strukt(
            "{a: {allOf: [{$ref: '#/components/schemas/b'}, {$ref: '#/components/schemas/c'}, {properties: {own: {type: string}}}]},
              b: {allOf: [{$ref: '#/components/schemas/c'}], properties: {fromB: {type: string}}},
              c: {properties: {fromC: {type: string}}}}",
            "A",
        );
        // c comes through b first, then c again (the later declaration of the same wire name wins).
        assert_eq!(fields(&s), [("fromB", "from_b"), ("fromC", "from_c"), ("own", "own")]);
        assert_eq!(s.parents, ["B", "C"]);
    }

    #[test]
    fn a_redeclared_property_overrides_its_parent_and_takes_over_its_field_name() {
        let s = strukt(
            "{a: {allOf: [{$ref: '#/components/schemas/b'}, {properties: {x: {type: integer, format: int32}}}]},
              b: {properties: {x: {type: string}, y: {type: string}}}}",
            "A",
        );
        assert_eq!(fields(&s), [("y", "y"), ("x", "x")]);
        assert_eq!(s.fields[1].ty, Type::I32);
    }

    #[test]
    fn colliding_field_names_are_numbered_in_order_and_the_catch_all_is_never_taken() {
        let s = strukt(
            "{a: {type: object, properties: {fooBar: {type: string}, foo_bar: {type: string}, type: {type: string},
                  Type: {type: string}, additionalProperties: {type: string}, additional_properties: {type: string}}}}",
            "A",
        );
        assert_eq!(
            fields(&s),
            [
                ("fooBar", "foo_bar"),
                ("foo_bar", "foo_bar_2"),
                ("type", "r#type"),
                ("Type", "type_2"),
                ("additionalProperties", "declared_additional_properties"),
                ("additional_properties", "declared_additional_properties_2"),
            ]
        );
    }

    #[test]
    fn property_types_follow_type_and_format() {
        let s = strukt(
            "{a: {type: object, properties: {
                t: {type: string, format: date-time}, d: {type: string, format: duration},
                u: {type: string, format: uuid}, b: {type: string, format: base64url},
                day: {type: string, format: date}, i: {type: integer, format: int16}, l: {type: integer},
                f: {type: number, format: decimal}, ok: {type: boolean}, j: {type: object},
                list: {type: array, items: {$ref: '#/components/schemas/a'}},
                one: {allOf: [{$ref: '#/components/schemas/a'}]}}}}",
            "A",
        );
        let named = || Type::Named {
            rust_name: "A".into(),
            boxed: false,
        };
        let types: Vec<Type> = s.fields.iter().map(|f| f.ty.clone()).collect();
        assert_eq!(
            types,
            [
                Type::DateTime,
                Type::Duration,
                Type::Uuid,
                Type::Bytes,
                Type::String,
                Type::I32,
                Type::I64,
                Type::F64,
                Type::Bool,
                Type::Json,
                Type::List(Box::new(named())),
                // Boxed: `one` holds an `A` inside `A`.
                Type::Named {
                    rust_name: "A".into(),
                    boxed: true,
                },
            ]
        );
    }

    #[test]
    fn a_primitive_component_is_an_alias() {
        let ir = resolve_yaml("{}", "{count: {type: integer, format: int32}}").unwrap();
        assert!(matches!(&ir.types["Count"], TypeDef::Alias(a) if a.ty == Type::I32));
    }

    #[test]
    fn what_is_not_modelled_is_refused_with_its_place() {
        for (schemas, pointer) in [
            (
                "{a: {type: object, properties: {x: {type: string, not: {type: integer}}}}}",
                "#/components/schemas/a/properties/x",
            ),
            (
                "{a: {type: object, properties: {x: {oneOf: [{type: string}]}}}}",
                "#/components/schemas/a/properties/x",
            ),
            (
                "{a: {type: object, properties: {x: {type: object, properties: {y: {type: string}}}}}}",
                "#/components/schemas/a/properties/x",
            ),
            (
                "{a: {type: object, properties: {x: {type: string, enum: [p]}}}}",
                "#/components/schemas/a/properties/x",
            ),
            ("{a: {type: array}}", "#/components/schemas/a"),
            ("{a: {type: integer, format: int128}}", "#/components/schemas/a"),
            (
                "{a: {allOf: [{$ref: '#/components/schemas/a~1b'}]}}",
                "#/components/schemas/a/allOf/0",
            ),
        ] {
            let err = resolve_yaml("{}", schemas).unwrap_err();
            let at = match &err {
                Error::Unsupported { pointer, .. } | Error::DanglingRef { pointer, .. } => pointer.as_str(),
                other => panic!("{schemas}: {other}"),
            };
            assert_eq!(at, pointer, "{schemas}: {err}");
        }
    }

    #[test]
    fn an_all_of_cycle_names_its_members() {
        let err = resolve_yaml(
            "{}",
            "{a: {allOf: [{$ref: '#/components/schemas/b'}]}, b: {allOf: [{$ref: '#/components/schemas/a'}]}}",
        )
        .unwrap_err();
        assert!(
            matches!(&err, Error::CyclicAllOf { pointer, cycle } if pointer == "#/components/schemas/b/allOf/0" && cycle == "a → b → a"),
            "{err}"
        );
    }
}
