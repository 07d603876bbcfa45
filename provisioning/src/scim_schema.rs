//! The attributes of SCIM's core User schema and enterprise User extension (RFC 7643 §4.1, §4.3),
//! with their shapes, so a map's targets can be checked before any record is read: a misspelled
//! name gets a suggestion, a complex attribute given a string is refused in our words.

/// What an attribute holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single string.
    Text,
    /// A single boolean.
    Boolean,
    /// An object with these sub-attributes.
    Complex(&'static [&'static str]),
    /// A list of objects with these sub-attributes.
    MultiValued(&'static [&'static str]),
}

/// A known attribute: its name as the schema spells it, and its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    pub shape: Shape,
}

const PLURAL: &[&str] = &["value", "display", "type", "primary"];
const NAME: &[&str] = &[
    "formatted",
    "familyName",
    "givenName",
    "middleName",
    "honorificPrefix",
    "honorificSuffix",
];
const ADDRESS: &[&str] = &[
    "formatted",
    "streetAddress",
    "locality",
    "region",
    "postalCode",
    "country",
    "type",
    "primary",
];
const GROUP: &[&str] = &["value", "$ref", "display", "type"];
const MANAGER: &[&str] = &["value", "$ref", "displayName"];

/// The core User schema's attributes a client may write (`id` and `meta` are the service's).
pub const CORE_USER: &[Attribute] = &[
    Attribute {
        name: "externalId",
        shape: Shape::Text,
    },
    Attribute {
        name: "userName",
        shape: Shape::Text,
    },
    Attribute {
        name: "name",
        shape: Shape::Complex(NAME),
    },
    Attribute {
        name: "displayName",
        shape: Shape::Text,
    },
    Attribute {
        name: "nickName",
        shape: Shape::Text,
    },
    Attribute {
        name: "profileUrl",
        shape: Shape::Text,
    },
    Attribute {
        name: "title",
        shape: Shape::Text,
    },
    Attribute {
        name: "userType",
        shape: Shape::Text,
    },
    Attribute {
        name: "preferredLanguage",
        shape: Shape::Text,
    },
    Attribute {
        name: "locale",
        shape: Shape::Text,
    },
    Attribute {
        name: "timezone",
        shape: Shape::Text,
    },
    Attribute {
        name: "active",
        shape: Shape::Boolean,
    },
    Attribute {
        name: "password",
        shape: Shape::Text,
    },
    Attribute {
        name: "emails",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "phoneNumbers",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "ims",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "photos",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "addresses",
        shape: Shape::MultiValued(ADDRESS),
    },
    Attribute {
        name: "groups",
        shape: Shape::MultiValued(GROUP),
    },
    Attribute {
        name: "entitlements",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "roles",
        shape: Shape::MultiValued(PLURAL),
    },
    Attribute {
        name: "x509Certificates",
        shape: Shape::MultiValued(PLURAL),
    },
];

/// The enterprise User extension's attributes.
pub const ENTERPRISE_USER: &[Attribute] = &[
    Attribute {
        name: "employeeNumber",
        shape: Shape::Text,
    },
    Attribute {
        name: "costCenter",
        shape: Shape::Text,
    },
    Attribute {
        name: "organization",
        shape: Shape::Text,
    },
    Attribute {
        name: "division",
        shape: Shape::Text,
    },
    Attribute {
        name: "department",
        shape: Shape::Text,
    },
    Attribute {
        name: "manager",
        shape: Shape::Complex(MANAGER),
    },
];

/// The attribute spelled exactly `name`, or an error with the nearest name ("did you mean").
pub fn find(attributes: &'static [Attribute], name: &str) -> Result<Attribute, String> {
    if let Some(found) = attributes.iter().find(|a| a.name == name) {
        return Ok(*found);
    }
    Err(suggest(name, attributes.iter().map(|a| a.name)))
}

/// `is not an attribute … did you mean "x"?` for the nearest of `names`, if one is near.
pub fn suggest<'n>(name: &str, names: impl Iterator<Item = &'n str>) -> String {
    let wanted = name.to_ascii_lowercase();
    let nearest = names
        .map(|candidate| (distance(&wanted, &candidate.to_ascii_lowercase()), candidate))
        .min_by_key(|(d, _)| *d);
    match nearest {
        Some((d, candidate)) if d <= 2.max(name.len() / 3) => format!("did you mean {candidate:?}?"),
        _ => "it is not in the schema".into(),
    }
}

/// Levenshtein distance, counting a swap of two neighbours as one edit.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspellings_get_the_nearest_name() {
        assert_eq!(find(CORE_USER, "usrName").unwrap_err(), "did you mean \"userName\"?");
        assert_eq!(find(CORE_USER, "username").unwrap_err(), "did you mean \"userName\"?");
        assert_eq!(
            find(ENTERPRISE_USER, "departmnet").unwrap_err(),
            "did you mean \"department\"?"
        );
        assert_eq!(find(CORE_USER, "zzzzzzzz").unwrap_err(), "it is not in the schema");
        assert_eq!(find(CORE_USER, "title").unwrap().shape, Shape::Text);
    }
}
