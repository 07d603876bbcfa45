//! The schema of a job made from an API-driven inbound template (`API2AAD`, `API2AD`): its source
//! directory holds the SCIM core User and enterprise extension attributes bulkUpload takes, named by
//! their SCIM paths as the admin center's attribute list for the API shows them, so a client can see
//! which attributes the job knows and add its own (a PUT keeps whatever definitions it carries).

use serde_json::{json, Value};

/// The source directory's name (the rule's `sourceDirectoryName`).
pub(crate) const SOURCE_DIRECTORY: &str = "API";

const ENTERPRISE: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

/// The default schema of `job`, when its template is an API-driven inbound one.
pub(crate) fn for_job(job: &Value) -> Option<Value> {
    let template = job["templateId"].as_str()?;
    if !matches!(template, "API2AAD" | "API2AD") {
        return None;
    }
    let job_id = job["id"].as_str().unwrap_or_default();
    Some(schema(job_id))
}

fn attribute(name: &str, kind: &str) -> Value {
    json!({
        "anchor": name == "externalId",
        "caseExact": false,
        "defaultValue": null,
        "flowNullValues": false,
        "multivalued": false,
        "mutability": "ReadWrite",
        "name": name,
        "required": false,
        "type": kind,
        "apiExpressions": [],
        "metadata": [],
        "referencedObjects": [],
    })
}

fn source_attributes() -> Vec<Value> {
    let mut names: Vec<(String, &str)> = [
        "externalId",
        "userName",
        "displayName",
        "nickName",
        "title",
        "userType",
        "preferredLanguage",
        "locale",
        "timezone",
        "name.formatted",
        "name.familyName",
        "name.givenName",
        "name.middleName",
        "name.honorificPrefix",
        "name.honorificSuffix",
    ]
    .into_iter()
    .map(|n| (n.to_string(), "String"))
    .collect();
    names.push(("active".into(), "Boolean"));
    for kind in ["work", "home", "other"] {
        names.push((format!("emails[type eq \"{kind}\"].value"), "String"));
        names.push((format!("emails[type eq \"{kind}\"].primary"), "Boolean"));
    }
    for kind in ["work", "mobile", "fax", "home", "other"] {
        names.push((format!("phoneNumbers[type eq \"{kind}\"].value"), "String"));
        names.push((format!("phoneNumbers[type eq \"{kind}\"].primary"), "Boolean"));
    }
    for kind in ["work", "home", "other"] {
        for sub in [
            "formatted",
            "streetAddress",
            "locality",
            "region",
            "postalCode",
            "country",
        ] {
            names.push((format!("addresses[type eq \"{kind}\"].{sub}"), "String"));
        }
        names.push((format!("addresses[type eq \"{kind}\"].primary"), "Boolean"));
    }
    for sub in [
        "employeeNumber",
        "costCenter",
        "organization",
        "division",
        "department",
        "manager.value",
    ] {
        names.push((format!("{ENTERPRISE}:{sub}"), "String"));
    }
    names.iter().map(|(name, kind)| attribute(name, kind)).collect()
}

fn mapping(source: &str, target: &str, priority: u32) -> Value {
    json!({
        "defaultValue": "",
        "exportMissingReferences": false,
        "flowBehavior": "FlowWhenChanged",
        "flowType": "Always",
        "matchingPriority": priority,
        "targetAttributeName": target,
        "source": {"expression": format!("[{source}]"), "name": source, "type": "Attribute", "parameters": []},
    })
}

fn schema(job_id: &str) -> Value {
    json!({
        "id": job_id,
        "version": "Date:2026-11-28T12:00:00Z",
        "synchronizationRules": [{
            "id": "API2AAD",
            "name": "USER_INBOUND_USER",
            "editable": true,
            "sourceDirectoryName": SOURCE_DIRECTORY,
            "targetDirectoryName": "Azure Active Directory",
            "metadata": [],
            "objectMappings": [{
                "enabled": true,
                "flowTypes": "Add, Update",
                "name": "Provision API Users",
                "sourceObjectName": "User",
                "targetObjectName": "User",
                "metadata": [],
                "scope": null,
                "attributeMappings": [
                    mapping("externalId", "employeeId", 1),
                    mapping("userName", "userPrincipalName", 0),
                    mapping("displayName", "displayName", 0),
                    mapping("name.givenName", "givenName", 0),
                    mapping("name.familyName", "surname", 0),
                    mapping("active", "accountEnabled", 0),
                    mapping(&format!("{ENTERPRISE}:department"), "department", 0),
                ],
            }],
        }],
        "directories": [
            {
                "id": "api",
                "name": SOURCE_DIRECTORY,
                "objects": [{"name": "User", "attributes": source_attributes(), "metadata": []}],
            },
            {
                "id": "aad",
                "name": "Azure Active Directory",
                "objects": [{"name": "User", "attributes": [
                    attribute("employeeId", "String"),
                    attribute("userPrincipalName", "String"),
                    attribute("displayName", "String"),
                    attribute("givenName", "String"),
                    attribute("surname", "String"),
                    attribute("accountEnabled", "Boolean"),
                    attribute("department", "String"),
                ], "metadata": []}],
            },
        ],
    })
}
