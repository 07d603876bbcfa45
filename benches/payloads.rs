//! Realistic large payloads for the runtime benchmarks (and a test that they round-trip):
//! a synchronizationSchema of several directories, hundreds of attributes and attribute mappings
//! with nested expressions, and a 999-item synchronizationJob page.

use serde_json::{json, Value};

/// A synchronizationSchema of at least 500 KB.
pub fn large_schema() -> Value {
    let directories: Vec<Value> = (0..4)
        .map(|d| {
            let objects: Vec<Value> = (0..8)
                .map(|o| {
                    let attributes: Vec<Value> = (0..40)
                        .map(|a| {
                            json!({
                                "anchor": a == 0,
                                "caseExact": false,
                                "defaultValue": null,
                                "flowNullValues": false,
                                "multivalued": a % 7 == 0,
                                "mutability": (["ReadWrite", "ReadOnly", "Immutable", "WriteOnly"][a % 4]),
                                "name": format!("attribute{d}_{o}_{a}"),
                                "required": a % 5 == 0,
                                "type": (["String", "Integer", "Reference", "Binary", "Boolean", "DateTime"][a % 6]),
                                "apiExpressions": [],
                                "metadata": [{"key": "MaximumLength", "value": "256"}],
                                "referencedObjects": if a % 6 == 2 { json!([{"referencedObjectName": "User", "referencedProperty": null}]) } else { json!([]) },
                            })
                        })
                        .collect();
                    json!({
                        "name": format!("Object{o}"),
                        "attributes": attributes,
                        "metadata": [{"key": "PropertyNameAccountEnabled", "value": "accountEnabled"}],
                        "supportedApis": ["SCIM"],
                    })
                })
                .collect();
            json!({
                "id": format!("directory-{d}"),
                "name": format!("Directory {d}"),
                "discoveryDateTime": "2026-11-28T12:00:00.1234567Z",
                "discoverabilities": "AttributeNames, AttributeDataTypes",
                "readOnly": false,
                "version": "1.0",
                "objects": objects,
            })
        })
        .collect();
    let mappings: Vec<Value> = (0..3)
        .map(|r| {
            let object_mappings: Vec<Value> = (0..4)
                .map(|m| {
                    let attribute_mappings: Vec<Value> = (0..60)
                        .map(|a| {
                            json!({
                                "defaultValue": "",
                                "exportMissingReferences": false,
                                "flowBehavior": "FlowWhenChanged",
                                "flowType": (["Always", "ObjectAddOnly", "MultiValueAddOnly", "ValueAddOnly"][a % 4]),
                                "matchingPriority": if a == 0 { 1 } else { 0 },
                                "targetAttributeName": format!("target{r}_{m}_{a}"),
                                "source": {
                                    "expression": format!("Join(\",\", [given{a}], Replace([mail{a}], , \"@\", , \"_\", , ))"),
                                    "name": "Join",
                                    "type": "Function",
                                    "parameters": [
                                        {"key": "separator", "value": {"name": ",", "type": "Constant", "parameters": []}},
                                        {"key": "source1", "value": {"name": format!("given{a}"), "type": "Attribute", "parameters": []}},
                                        {"key": "source2", "value": {
                                            "name": "Replace", "type": "Function",
                                            "parameters": [
                                                {"key": "source", "value": {"name": format!("mail{a}"), "type": "Attribute", "parameters": []}},
                                                {"key": "find", "value": {"name": "@", "type": "Constant", "parameters": []}},
                                            ]
                                        }},
                                    ]
                                }
                            })
                        })
                        .collect();
                    json!({
                        "attributeMappings": attribute_mappings,
                        "enabled": true,
                        "flowTypes": "Add, Update, Delete",
                        "metadata": [{"key": "Scoping", "value": "[]"}],
                        "name": format!("Provision Object{m}"),
                        "scope": null,
                        "sourceObjectName": format!("Object{m}"),
                        "targetObjectName": format!("Target{m}"),
                    })
                })
                .collect();
            json!({
                "id": format!("rule-{r}"),
                "name": format!("Rule {r}"),
                "editable": true,
                "sourceDirectoryName": "Directory 0",
                "targetDirectoryName": "Directory 1",
                "metadata": [{"key": "defaultScope", "value": "All"}],
                "objectMappings": object_mappings,
            })
        })
        .collect();
    json!({"id": "schema", "version": "Date:2026-11-28", "directories": directories, "synchronizationRules": mappings})
}

/// A page of 999 synchronization jobs, shaped like the docs' job example.
pub fn job_page() -> Value {
    let jobs: Vec<Value> = (0..999)
        .map(|i| {
            json!({
                "id": format!("SfSandboxOutDelta.e4bbf44533ea4eabb17027f3a92e{i:04}"),
                "templateId": "SfSandboxOutDelta",
                "schedule": {"expiration": null, "interval": "PT40M", "state": "Active"},
                "status": {
                    "countSuccessiveCompleteFailures": 0,
                    "escrowsPruned": false,
                    "synchronizedEntryCountByType": [{"key": "User", "value": i}],
                    "code": (["Active", "Paused", "Quarantine", "NotRun"][i % 4]),
                    "lastExecution": {
                        "activityIdentifier": format!("a-{i}"),
                        "countEntitled": 10, "countEntitledForProvisioning": 10, "countEscrowed": 0,
                        "countEscrowedRaw": 0, "countExported": 3, "countExports": 3, "countImported": 12,
                        "countImportedDeltas": 2, "countImportedReferenceDeltas": 0,
                        "state": "Succeeded", "error": null,
                        "timeBegan": "2026-11-28T11:00:00.1234567Z", "timeEnded": "2026-11-28T11:00:42Z"
                    },
                    "lastSuccessfulExecution": null,
                    "lastSuccessfulExecutionWithExports": null,
                    "progress": [],
                    "quarantine": null,
                    "steadyStateFirstAchievedTime": "0001-01-01T00:00:00Z",
                    "steadyStateLastAchievedTime": "2026-11-28T11:00:42Z",
                    "troubleshootingUrl": null
                },
                "synchronizationJobSettings": [{"name": "QuarantineTooManyDeletesThreshold", "value": "500"}]
            })
        })
        .collect();
    json!({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#servicePrincipals('sp')/synchronization/jobs", "value": jobs})
}

/// The 999-job page as a service newer than the spec sends it: every job and its status carry
/// annotations and undeclared properties (nested objects, arrays, numbers), all kept as received.
pub fn job_page_with_extras() -> Value {
    let mut page = job_page();
    for (i, job) in page["value"].as_array_mut().unwrap().iter_mut().enumerate() {
        job["@odata.type"] = json!("#microsoft.graph.synchronizationJob");
        job["@odata.etag"] = json!(format!("W/\"{i}\""));
        job["newerThanTheSpec"] = json!({"weight": 0.25, "counts": [1, 2, 3, i], "label": "x", "on": true});
        job["status"]["lastExecutionTicks"] = json!(638_683_056_000_000_000_i64 + i as i64);
    }
    page
}
