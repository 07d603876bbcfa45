//! `schema extend`: the attributes a feed produces in namespaces of one's own (and of the enterprise
//! extension) that the job's source directory does not define yet, added as attribute definitions —
//! what Microsoft's "extend API-driven provisioning to sync custom attributes" has an admin type in
//! the admin center's attribute list, and CSV2SCIM's `-UpdateSchema` does by hand. The schema is
//! read, the definitions appended to the source directory's object (nothing else changes), and the
//! result pushed through [`crate::schema::push_onto`], which refuses any removal.

use std::fmt;

use msgraph_sync::v1_0::{AttributeDefinition, SynchronizationSchema};
use msgraph_sync::Client;
use serde::Serialize;

use crate::bulk::Input;
use crate::job::JobRef;
use crate::records::InputError;
use crate::schema::{self, PushOptions, SchemaDiff, SchemaError};
use crate::schema_check::{self, FeedAttribute, SourceDirectoryError, UnknownAttribute};

#[derive(Debug, thiserror::Error)]
pub enum ExtendError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    SourceDirectory(#[from] SourceDirectoryError),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

/// The attribute definition the service takes for a custom attribute of the API's source
/// directory: not the anchor, single-valued, read-write, optional, nulls not flowed, with the type
/// the map gives its values (`String` unless `as boolean`/`as integer` or JSON says otherwise).
pub fn definition(attribute: &FeedAttribute) -> AttributeDefinition {
    let value = serde_json::json!({
        "anchor": false,
        "caseExact": false,
        "defaultValue": null,
        "flowNullValues": false,
        "multivalued": false,
        "mutability": "ReadWrite",
        "name": attribute.name,
        "required": false,
        "type": attribute.kind,
        "apiExpressions": [],
        "metadata": [],
        "referencedObjects": [],
    });
    serde_json::from_value(value).expect("a definition of known members and values")
}

/// One definition to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Addition {
    pub directory: String,
    pub object: String,
    pub attribute: UnknownAttribute,
}

impl fmt::Display for Addition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "+ attribute {} / {} / {} ({}, from {})",
            self.directory,
            self.object,
            self.attribute.attribute.name,
            self.attribute.attribute.kind,
            self.attribute.origin
        )
    }
}

/// What extending a schema takes: the definitions to add, the attributes it leaves (core ones the
/// job does not define), and the schema with the definitions added.
#[derive(Debug, Clone, PartialEq)]
pub struct Extension {
    pub additions: Vec<Addition>,
    /// Core attributes the job does not define: reported, not added.
    pub not_added: Vec<UnknownAttribute>,
    pub extended: SynchronizationSchema,
}

/// `current` with a definition for each attribute of `attributes` that its source directory lacks
/// (enterprise and custom ones); nothing else is changed.
pub fn extend_schema(
    current: &SynchronizationSchema,
    attributes: &[FeedAttribute],
    input: &Input,
) -> Result<Extension, ExtendError> {
    let at = schema_check::source_object(current)?;
    let unknown = schema_check::unknown_attributes(current, attributes, &input.map)?;
    let (to_add, not_added): (Vec<UnknownAttribute>, Vec<UnknownAttribute>) =
        unknown.into_iter().partition(UnknownAttribute::extendable);
    let mut extended = current.clone();
    let object = extended
        .directories
        .value_mut()
        .and_then(|d| d.get_mut(at.directory_index))
        .and_then(|d| d.objects.value_mut())
        .and_then(|o| o.get_mut(at.object_index))
        .expect("located by source_object");
    let mut definitions = object.attributes.value().cloned().unwrap_or_default();
    definitions.extend(to_add.iter().map(|u| definition(&u.attribute)));
    object.attributes = msgraph_sync::Maybe::Value(definitions);
    let additions = to_add
        .into_iter()
        .map(|attribute| Addition {
            directory: at.directory.clone(),
            object: at.object.clone(),
            attribute,
        })
        .collect();
    Ok(Extension {
        additions,
        not_added,
        extended,
    })
}

/// What [`extend`] did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtendReport {
    pub additions: Vec<Addition>,
    pub not_added: Vec<UnknownAttribute>,
    /// The push's diff (empty when nothing was added).
    pub diff: SchemaDiff,
    /// False when the source directory already defined every attribute (no PUT).
    pub pushed: bool,
}

/// Reads the feed's attributes and the job's schema (one GET), adds the missing definitions, and
/// pushes the result through [`schema::push_onto`] (diff, removals refused, PUT). Nothing to add:
/// no PUT.
pub async fn extend(client: &Client, job: &JobRef, input: &Input) -> Result<ExtendReport, ExtendError> {
    let attributes = schema_check::feed_attributes(input)?;
    let current = schema::pull(client, job).await?;
    let extension = extend_schema(&current, &attributes, input)?;
    if extension.additions.is_empty() {
        return Ok(ExtendReport {
            additions: Vec::new(),
            not_added: extension.not_added,
            diff: SchemaDiff::default(),
            pushed: false,
        });
    }
    let options = PushOptions {
        check_expressions: true,
        allow_removals: false,
    };
    let pushed = schema::push_onto(client, job, &current, &extension.extended, &options).await?;
    Ok(ExtendReport {
        additions: extension.additions,
        not_added: extension.not_added,
        diff: pushed.diff,
        pushed: pushed.pushed,
    })
}
