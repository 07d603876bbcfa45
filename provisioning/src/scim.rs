//! Typed SCIM 2.0 messages for API-driven inbound provisioning (RFC 7643, RFC 7644 §3.7): a
//! [`BulkRequest`] of [`BulkOperation`]s whose data is a [`User`] with the core, enterprise and any
//! other extension attributes.
//!
//! Every type keeps what it does not declare in `extra` and writes it back, so a custom namespace
//! (`urn:ietf:params:scim:schemas:extension:contoso:1.0:User`), an attribute newer than this module
//! or a misspelled one reaches the service as it was given. Absent attributes are not written.
//!
//! Written here rather than taken from a published crate: `scim_v2` 1.0 has no bulk message types,
//! requires `userName` (the docs' update example has none) and drops attributes it does not
//! declare, custom extension namespaces included; `scim_proto` (kanidm) needs Rust 1.93 (this
//! workspace keeps 1.89), is MPL-2.0, has private fields, a required `active` and no bulk types.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `schemas` of a bulk request.
pub const BULK_REQUEST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
/// The core User schema.
pub const CORE_USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The enterprise User extension (RFC 7643 §4.3).
pub const ENTERPRISE_USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// The service's limit of operations per bulk request.
pub const MAX_OPERATIONS: usize = 50;

/// A SCIM BulkRequest, the body of `POST …/jobs/{id}/bulkUpload`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BulkRequest {
    pub schemas: Vec<String>,
    #[serde(rename = "Operations")]
    pub operations: Vec<BulkOperation>,
    /// Errors after which the service stops processing; the docs send `null`.
    /// `None`: absent; `Some(None)`: `null`.
    #[serde(
        rename = "failOnErrors",
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub fail_on_errors: Option<Option<i64>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl BulkRequest {
    /// A bulk request of these operations (`failOnErrors: null`, as the docs send it).
    pub fn new(operations: Vec<BulkOperation>) -> BulkRequest {
        BulkRequest {
            schemas: vec![BULK_REQUEST_SCHEMA.to_string()],
            operations,
            fail_on_errors: Some(None),
            extra: Map::new(),
        }
    }
}

/// A single-valued attribute that may be sent as `null`: `None` absent, `Some(None)` `null` (which
/// asks the service to clear the value), `Some(Some(v))` a value.
pub type Clearable<T> = Option<Option<T>>;

/// A present value, `null` included, is `Some` (an absent one is `None` through `default`).
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// One operation of a bulk request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BulkOperation {
    /// `POST` for API-driven provisioning (create or update, matched by `externalId`).
    pub method: String,
    #[serde(rename = "bulkId", default, skip_serializing_if = "Option::is_none")]
    pub bulk_id: Option<String>,
    /// `/Users`.
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<User>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A SCIM User: core attributes, the enterprise extension, and anything else in `extra`
/// (other extension namespaces are objects there, keyed by their URN).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub schemas: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Name>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub display_name: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub nick_name: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub title: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub user_type: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub preferred_language: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub locale: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub timezone: Clearable<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<MultiValued>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_numbers: Option<Vec<MultiValued>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<Address>>,
    #[serde(
        rename = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enterprise: Option<EnterpriseUser>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `name`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Name {
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub formatted: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub family_name: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub given_name: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub middle_name: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub honorific_prefix: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub honorific_suffix: Clearable<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An item of a multi-valued attribute (`emails`, `phoneNumbers`, …).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MultiValued {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// An item of `addresses`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formatted: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The enterprise User extension.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnterpriseUser {
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub employee_number: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub cost_center: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub organization: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub division: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub department: Clearable<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<Manager>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `manager` of the enterprise extension: the manager's `externalId` in `value`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manager {
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub value: Clearable<String>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "Option::is_none")]
    pub display_name: Clearable<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}
