//! Provision on demand: one object through a job, within the documented limit of 5 requests per
//! 10 seconds, and its result decoded. The service answers a `stringKeyStringValuePair` whose `key`
//! and `value` are strings carrying JSON: the outcome (`{"result", "details"}`) and the record of what
//! was done (action, modified properties, provisioning steps, status); both are decoded into types
//! here that keep every property they do not name.

use msgraph_sync::v1_0::{
    ProvisionOnDemandRequestBody, SynchronizationJobApplicationParameters, SynchronizationJobSubject,
    SynchronizationSchema,
};
use msgraph_sync::{Client, Maybe};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::job::JobRef;

#[derive(Debug, thiserror::Error)]
pub enum OnDemandError {
    #[error(transparent)]
    Client(#[from] msgraph_sync::client::Error),
    /// No rule of the schema provisions this object type (from this directory).
    #[error("no synchronization rule of the job's schema maps {object_type}{}; rules: {}", directory.as_ref().map(|d| format!(" from directory {d:?}")).unwrap_or_default(), rules.join(", "))]
    NoRule {
        object_type: String,
        directory: Option<String>,
        rules: Vec<String>,
    },
    /// Several rules would do; the caller has to say which.
    #[error("several synchronization rules map {object_type}: {}; choose one by rule id or source directory", rules.join(", "))]
    AmbiguousRule { object_type: String, rules: Vec<String> },
    #[error("the service answered 200 without a body")]
    EmptyResponse,
    /// The `key` or `value` string is not the JSON expected.
    #[error("the response's {field} does not decode: {message}")]
    Decode { field: &'static str, message: String },
}

/// The object to provision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    /// Its id in the source directory (an object id, or a distinguished name for Active Directory).
    pub object_id: String,
    /// `User`, `Group`, … as the schema's object mappings name the source object.
    pub object_type_name: String,
}

/// `ruleId`, from the schema: the rule (restricted to `directory` as its source directory, when given)
/// one of whose enabled object mappings has the subject's type as its source object.
pub fn choose_rule(
    schema: &SynchronizationSchema,
    object_type_name: &str,
    directory: Option<&str>,
) -> Result<String, OnDemandError> {
    let rules = schema
        .synchronization_rules
        .value()
        .map(Vec::as_slice)
        .unwrap_or_default();
    let describe = |rule: &msgraph_sync::v1_0::SynchronizationRule| {
        format!(
            "{} ({} -> {})",
            rule.id.value().map_or("<no id>", String::as_str),
            rule.source_directory_name.value().map_or("?", String::as_str),
            rule.target_directory_name.value().map_or("?", String::as_str)
        )
    };
    let matching: Vec<_> = rules
        .iter()
        .filter(|rule| {
            directory.is_none_or(|d| {
                rule.source_directory_name
                    .value()
                    .is_some_and(|s| s.eq_ignore_ascii_case(d))
            })
        })
        .filter(|rule| {
            rule.object_mappings.value().into_iter().flatten().any(|mapping| {
                mapping.enabled.value().copied().unwrap_or(true)
                    && mapping
                        .source_object_name
                        .value()
                        .is_some_and(|s| s.eq_ignore_ascii_case(object_type_name))
            })
        })
        .filter(|rule| rule.id.is_value())
        .collect();
    match matching.as_slice() {
        [rule] => Ok(rule.id.value().cloned().unwrap_or_default()),
        [] => Err(OnDemandError::NoRule {
            object_type: object_type_name.to_string(),
            directory: directory.map(str::to_string),
            rules: rules.iter().map(describe).collect(),
        }),
        many => Err(OnDemandError::AmbiguousRule {
            object_type: object_type_name.to_string(),
            rules: many.iter().map(|r| describe(r)).collect(),
        }),
    }
}

/// The request body for one subject through one rule.
pub fn request_body(rule_id: &str, subject: &Subject) -> ProvisionOnDemandRequestBody {
    ProvisionOnDemandRequestBody {
        parameters: Maybe::Value(vec![SynchronizationJobApplicationParameters {
            rule_id: Maybe::Value(rule_id.to_string()),
            subjects: Maybe::Value(vec![SynchronizationJobSubject {
                object_id: Maybe::Value(subject.object_id.clone()),
                object_type_name: Maybe::Value(subject.object_type_name.clone()),
                ..Default::default()
            }]),
            ..Default::default()
        }]),
        ..Default::default()
    }
}

/// The outcome, from the response's `key`: `{"result": "Success" | "Skipped" | "Failure", "details"}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Outcome {
    pub result: Option<String>,
    /// `errorCode`, `errorMessage`, … as sent.
    pub details: Map<String, Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What was done, from the response's `value`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Record {
    pub action: Option<String>,
    pub change_id: Option<String>,
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub reportable_identifier: Option<String>,
    pub modified_properties: Vec<ModifiedProperty>,
    pub provisioning_steps: Vec<Step>,
    pub status_info: Option<Value>,
    pub source_identity: Option<Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ModifiedProperty {
    pub display_name: Option<String>,
    pub old_value: Option<Value>,
    pub new_value: Option<Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// One provisioning step: import, matching, scoping, export.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Step {
    pub name: Option<String>,
    #[serde(rename = "type")]
    pub step_type: Option<String>,
    pub status: Option<String>,
    pub description: Option<String>,
    pub timestamp: Option<String>,
    pub details: Map<String, Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A decoded provisionOnDemand answer, with the strings as received.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OnDemandResult {
    pub rule_id: String,
    pub outcome: Outcome,
    pub record: Record,
    /// `key` and `value` as received.
    pub raw_key: Option<String>,
    pub raw_value: Option<String>,
}

impl OnDemandResult {
    /// Whether the service reports the object as provisioned (`Success`) or already in sync (`Skipped`).
    pub fn succeeded(&self) -> bool {
        matches!(self.outcome.result.as_deref(), Some(r) if r.eq_ignore_ascii_case("success") || r.eq_ignore_ascii_case("skipped"))
    }
}

fn decode<T: for<'de> Deserialize<'de> + Default>(
    field: &'static str,
    text: Option<&String>,
) -> Result<T, OnDemandError> {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return Ok(T::default());
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|e| OnDemandError::Decode {
        field,
        message: format!("at {}: {}", e.path(), e.inner()),
    })
}

/// Decodes the answer's `key` and `value`.
pub fn decode_result(
    rule_id: &str,
    response: &msgraph_sync::v1_0::StringKeyStringValuePair,
) -> Result<OnDemandResult, OnDemandError> {
    Ok(OnDemandResult {
        rule_id: rule_id.to_string(),
        outcome: decode("key", response.key.value())?,
        record: decode("value", response.value.value())?,
        raw_key: response.key.value().cloned(),
        raw_value: response.value.value().cloned(),
    })
}

/// Provisions objects on demand (the client keeps to provisionOnDemand's limit, 5 in any 10 s).
#[derive(Debug, Default, Clone, Copy)]
pub struct OnDemand;

impl OnDemand {
    /// Provisions one object: the rule from `rule_id`, else chosen from the job's schema
    /// ([`choose_rule`], one GET), then provisionOnDemand.
    pub async fn provision(
        &self,
        client: &Client,
        job: &JobRef,
        subject: &Subject,
        rule_id: Option<&str>,
        directory: Option<&str>,
    ) -> Result<OnDemandResult, OnDemandError> {
        let requests = job.requests(&client.v1_0());
        let rule_id = match rule_id {
            Some(rule) => rule.to_string(),
            None => {
                let schema = client.send(&requests.schema().get()).await?;
                choose_rule(&schema, &subject.object_type_name, directory)?
            }
        };
        let response = client
            .send(&requests.provision_on_demand(&request_body(&rule_id, subject)))
            .await?
            .ok_or(OnDemandError::EmptyResponse)?;
        decode_result(&rule_id, &response)
    }
}
