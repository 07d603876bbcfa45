//! The shape of the SCIM object a map builds, fixed when the map is read: a record's canonical text
//! ([`crate::body`]) is written straight from its mapped values, without building the object.
//!
//! `sync` hashes every record of the feed and most are unchanged, so this is the path a nightly run
//! takes a million times. It writes exactly what [`crate::body::write_object`] writes of
//! [`AttributeMap::assemble`]'s object (a test holds the two together): members in name order,
//! an object or a filtered item only when one of its values is present, filtered items in the
//! order [`AttributeMap::assemble`] creates them (their first value's map line), `schemas` last
//! among the names it sorts with.

use serde_json::Value;

use crate::attribute_map::{AttributeMap, AttributePath, MappedValues};
use crate::body;
use crate::scim::CORE_USER_SCHEMA;

/// The object a map builds, as a tree of named members in name order.
#[derive(Debug, Clone)]
pub struct MapLayout {
    root: Vec<Member>,
    /// With `* = urn:…` the namespace's members depend on the record: such a record is assembled.
    others: bool,
    /// A mapping writes a filter's own sub-attribute (`emails[type eq "work"].type`): the items
    /// then depend on the values, and every record is assembled.
    assemble_always: bool,
}

#[derive(Debug, Clone)]
struct Member {
    name: String,
    /// `"name":`, written once here rather than escaped for every record.
    key: Vec<u8>,
    content: Content,
}

#[derive(Debug, Clone)]
enum Content {
    /// The value of one mapping.
    Value(usize),
    /// An object (an extension's namespace, or a complex attribute's sub-attributes).
    Object(Vec<Member>),
    /// The filtered items of a multi-valued attribute (`emails[type eq "work"].value`).
    Items(Vec<Item>),
    /// `schemas`: the core schema, then each extension present.
    Schemas,
}

#[derive(Debug, Clone)]
struct Item {
    /// The filter's sub-attribute and value (`type`, `work`): a member of the item.
    key: String,
    wanted: String,
    /// `"type":"work"`.
    filter: Vec<u8>,
    /// The item's other members, in name order: sub-attribute, `"sub":`, mapping.
    members: Vec<(String, Vec<u8>, usize)>,
}

impl MapLayout {
    /// The layout of the objects `map` builds.
    pub fn new(map: &AttributeMap) -> MapLayout {
        let mut root: Vec<Member> = Vec::new();
        let mut assemble_always = false;
        for (index, mapping) in map.mappings.iter().enumerate() {
            let target = &mapping.target;
            if let Some((key, _)) = &target.filter {
                assemble_always |= target.sub_attribute.as_deref().unwrap_or("value") == key;
            }
            // `schemas` is always the computed list (it replaces a value mapped there).
            if target.schema.is_none() && target.attribute == "schemas" {
                continue;
            }
            let parent = match &target.schema {
                None => &mut root,
                Some(urn) => match &mut member(&mut root, urn, || Content::Object(Vec::new())).content {
                    Content::Object(members) => members,
                    _ => continue,
                },
            };
            place(parent, target, index);
        }
        root.push(Member {
            name: "schemas".into(),
            key: json_key("schemas"),
            content: Content::Schemas,
        });
        sort(&mut root);
        MapLayout {
            root,
            others: map.other_columns.is_some(),
            assemble_always,
        }
    }

    /// Appends the canonical text of the object `map` builds of `mapped` to `out`.
    pub fn write(&self, map: &AttributeMap, mapped: &MappedValues, out: &mut Vec<u8>) {
        if self.assemble_always || (self.others && !mapped.others.is_empty()) {
            body::write_object(&map.assemble(mapped.clone()), out);
            return;
        }
        let values = &mapped.values;
        out.push(b'{');
        let mut first = true;
        for member in &self.root {
            if let Content::Schemas = member.content {
                separate(&mut first, out);
                out.extend_from_slice(&member.key);
                write_schemas(map, values, out);
            } else if present(&member.content, values) {
                separate(&mut first, out);
                out.extend_from_slice(&member.key);
                write_content(&member.content, values, out);
            }
        }
        out.push(b'}');
    }
}

/// The member `name` of `members`, added with `content()` if absent.
fn member<'m>(members: &'m mut Vec<Member>, name: &str, content: impl FnOnce() -> Content) -> &'m mut Member {
    let at = match members.iter().position(|m| m.name == name) {
        Some(at) => at,
        None => {
            members.push(Member {
                name: name.to_string(),
                key: json_key(name),
                content: content(),
            });
            members.len() - 1
        }
    };
    &mut members[at]
}

/// Places mapping `index`, writing `target`, among `members` (map lines never overlap).
fn place(members: &mut Vec<Member>, target: &AttributePath, index: usize) {
    match (&target.filter, &target.sub_attribute) {
        (None, None) => {
            member(members, &target.attribute, || Content::Value(index)).content = Content::Value(index);
        }
        (None, Some(sub)) => {
            if let Content::Object(subs) =
                &mut member(members, &target.attribute, || Content::Object(Vec::new())).content
            {
                member(subs, sub, || Content::Value(index)).content = Content::Value(index);
            }
        }
        (Some((key, wanted)), sub) => {
            let Content::Items(items) = &mut member(members, &target.attribute, || Content::Items(Vec::new())).content
            else {
                return;
            };
            let at = match items.iter().position(|i| &i.key == key && &i.wanted == wanted) {
                Some(at) => at,
                None => {
                    let mut filter = json_key(key);
                    body::write_str(wanted, &mut filter);
                    items.push(Item {
                        key: key.clone(),
                        wanted: wanted.clone(),
                        filter,
                        members: Vec::new(),
                    });
                    items.len() - 1
                }
            };
            let name = sub.clone().unwrap_or_else(|| "value".into());
            items[at].members.retain(|(n, _, _)| *n != name);
            let key = json_key(&name);
            items[at].members.push((name, key, index));
        }
    }
}

fn sort(members: &mut [Member]) {
    members.sort_by(|a, b| a.name.cmp(&b.name));
    for member in members {
        match &mut member.content {
            Content::Object(children) => sort(children),
            Content::Items(items) => {
                for item in items {
                    item.members.sort_by(|a, b| a.0.cmp(&b.0));
                }
            }
            Content::Value(_) | Content::Schemas => {}
        }
    }
}

fn present(content: &Content, values: &[Option<Value>]) -> bool {
    match content {
        Content::Value(index) => values[*index].is_some(),
        Content::Object(members) => members.iter().any(|m| present(&m.content, values)),
        Content::Items(items) => items.iter().any(|i| item_present(i, values)),
        Content::Schemas => true,
    }
}

fn item_present(item: &Item, values: &[Option<Value>]) -> bool {
    item.members.iter().any(|(_, _, index)| values[*index].is_some())
}

fn write_content(content: &Content, values: &[Option<Value>], out: &mut Vec<u8>) {
    match content {
        Content::Value(index) => {
            if let Some(value) = &values[*index] {
                body::write_value(value, out);
            }
        }
        Content::Object(members) => {
            out.push(b'{');
            let mut first = true;
            for member in members {
                if present(&member.content, values) {
                    separate(&mut first, out);
                    out.extend_from_slice(&member.key);
                    write_content(&member.content, values, out);
                }
            }
            out.push(b'}');
        }
        Content::Items(items) => {
            // In the order the object gets them: by the map line of each item's first value.
            let mut order: Vec<(usize, &Item)> = items
                .iter()
                .filter_map(|item| {
                    let first = item
                        .members
                        .iter()
                        .filter(|(_, _, index)| values[*index].is_some())
                        .map(|(_, _, index)| *index)
                        .min()?;
                    Some((first, item))
                })
                .collect();
            order.sort_by_key(|(first, _)| *first);
            out.push(b'[');
            for (position, (_, item)) in order.into_iter().enumerate() {
                if position > 0 {
                    out.push(b',');
                }
                write_item(item, values, out);
            }
            out.push(b']');
        }
        Content::Schemas => {}
    }
}

/// An item: its filter's member and the values present, in name order.
fn write_item(item: &Item, values: &[Option<Value>], out: &mut Vec<u8>) {
    out.push(b'{');
    let mut first = true;
    let mut filter_written = false;
    for (name, key, index) in &item.members {
        let Some(value) = &values[*index] else { continue };
        if !filter_written && item.key < *name {
            separate(&mut first, out);
            out.extend_from_slice(&item.filter);
            filter_written = true;
        }
        separate(&mut first, out);
        out.extend_from_slice(key);
        body::write_value(value, out);
    }
    if !filter_written {
        separate(&mut first, out);
        out.extend_from_slice(&item.filter);
    }
    out.push(b'}');
}

fn write_schemas(map: &AttributeMap, values: &[Option<Value>], out: &mut Vec<u8>) {
    let mut extensions: Vec<&str> = Vec::new();
    for (mapping, value) in map.mappings.iter().zip(values) {
        if let (Some(urn), Some(_)) = (&mapping.target.schema, value) {
            if !extensions.contains(&urn.as_str()) {
                extensions.push(urn);
            }
        }
    }
    out.push(b'[');
    body::write_str(CORE_USER_SCHEMA, out);
    for urn in map.schemas_of(extensions) {
        out.push(b',');
        body::write_str(urn, out);
    }
    out.push(b']');
}

fn separate(first: &mut bool, out: &mut Vec<u8>) {
    if !*first {
        out.push(b',');
    }
    *first = false;
}

/// `"name":`.
fn json_key(name: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(name.len() + 3);
    body::write_str(name, &mut key);
    key.push(b':');
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribute_map::SourceValue;

    const MAP: &str = r#"
Id      = externalId
User    = userName
First   = name.givenName
Last    = name.familyName
Home    = emails[type eq "home"].value
Mail    = emails[type eq "work"].value
Phone   = phoneNumbers[type eq "work"].value
City    = addresses[type eq "work"].locality
Zip     = addresses[type eq "work"].postalCode
Dept    = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department
Manager = urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value
Level   = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:Level as integer
Badge   = urn:ietf:params:scim:schemas:extension:contoso:1.0:User:badge
active := [Status] = "Active"
emails[type eq "work"].primary := true
"#;

    /// Values to pick from: empty (not sent), text that needs escaping, non-ASCII text.
    const TEXTS: [&str; 5] = ["", "plain", "quote \" back\\slash\ttab", "Zoë 日本", "x"];

    /// The canonical text of a record's object, written from the layout and through the object.
    fn both(map: &AttributeMap, layout: &MapLayout, row: &[String], others: &[(&str, &str)]) -> (String, String) {
        let mapped = map
            .map_values(
                |i| row.get(i).map(|t| SourceValue::Text(t)),
                others.iter().map(|(n, v)| (*n, SourceValue::Text(v))),
            )
            .unwrap();
        let mut direct = Vec::new();
        layout.write(map, &mapped, &mut direct);
        let mut through = Vec::new();
        body::write_object(&map.assemble(mapped), &mut through);
        (String::from_utf8(direct).unwrap(), String::from_utf8(through).unwrap())
    }

    #[test]
    fn the_layout_writes_what_the_assembled_object_writes_for_every_mix_of_present_values() {
        let map = AttributeMap::parse(MAP, "map.txt").unwrap();
        let layout = MapLayout::new(&map);
        // A small linear congruential generator: the same 5,000 records on every run.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        for record in 0..5_000 {
            let row: Vec<String> = map
                .columns
                .iter()
                .map(|column| match column.name.as_str() {
                    "Id" => format!("E{record}"),
                    "Level" => ["", "3", "-12"][next(3)].to_string(),
                    "Status" => ["", "Active", "Inactive"][next(3)].to_string(),
                    _ => TEXTS[next(TEXTS.len())].to_string(),
                })
                .collect();
            let (direct, through) = both(&map, &layout, &row, &[]);
            assert_eq!(direct, through, "record {record}: {row:?}");
        }
    }

    #[test]
    fn filtered_items_come_in_the_order_of_their_first_value() {
        let map = AttributeMap::parse(MAP, "map.txt").unwrap();
        let layout = MapLayout::new(&map);
        let row = |home: &str, work: &str| -> Vec<String> {
            map.columns
                .iter()
                .map(|c| match c.name.as_str() {
                    "Id" => "E1".to_string(),
                    "Home" => home.to_string(),
                    "Mail" => work.to_string(),
                    _ => String::new(),
                })
                .collect()
        };
        // The work item's `primary` (the map's last line) makes it exist even without its address.
        let (only_work, through) = both(&map, &layout, &row("", ""), &[]);
        assert_eq!(only_work, through);
        assert!(
            only_work.contains(r#""emails":[{"primary":true,"type":"work"}]"#),
            "{only_work}"
        );
        let (home_first, through) = both(&map, &layout, &row("h@x", "w@x"), &[]);
        assert_eq!(home_first, through);
        assert!(
            home_first
                .contains(r#""emails":[{"type":"home","value":"h@x"},{"primary":true,"type":"work","value":"w@x"}]"#),
            "{home_first}"
        );
    }

    #[test]
    fn a_namespace_of_other_columns_and_a_filters_own_sub_attribute_are_written_through_the_object() {
        let map = AttributeMap::parse(
            &format!("{MAP}\n* = urn:ietf:params:scim:schemas:extension:contoso:1.0:User\n"),
            "map.txt",
        )
        .unwrap();
        let layout = MapLayout::new(&map);
        let row: Vec<String> = map
            .columns
            .iter()
            .map(|c| match c.name.as_str() {
                "Id" => "E1".into(),
                "Level" => "7".into(),
                _ => "v".into(),
            })
            .collect();
        let (direct, through) = both(&map, &layout, &row, &[("Shoe", "42"), ("badge", "other")]);
        assert_eq!(direct, through);
        assert!(direct.contains(r#""Shoe":"42""#), "{direct}");
        let (direct, through) = both(&map, &layout, &row, &[]);
        assert_eq!(direct, through);

        let map = AttributeMap::parse(
            "Id = externalId\nKind = emails[type eq \"work\"].type\nMail = emails[type eq \"work\"].value\n",
            "map.txt",
        );
        {
            let map = map.unwrap();
            let layout = MapLayout::new(&map);
            assert!(layout.assemble_always);
            for kind in ["", "home"] {
                let row: Vec<String> = map
                    .columns
                    .iter()
                    .map(|c| match c.name.as_str() {
                        "Id" => "E1".into(),
                        "Kind" => kind.into(),
                        _ => "m@x".into(),
                    })
                    .collect();
                let (direct, through) = both(&map, &layout, &row, &[]);
                assert_eq!(direct, through);
            }
        }
    }
}
