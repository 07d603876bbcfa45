//! Behaviour of the generated models on hand-made payloads: absent vs null, unknown properties,
//! evolvable enums, flags, formats, and hostile nesting.

use msgraph_sync::v1_0::*;
use msgraph_sync::{ApiVersion, Enumeration, FindingKind, Maybe};
use serde_json::json;

fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: serde_json::Value) -> (T, serde_json::Value) {
    let typed: T = serde_json::from_value(value).expect("decodes");
    let back = serde_json::to_value(&typed).expect("encodes");
    (typed, back)
}

#[test]
fn absent_null_and_value_are_distinct() {
    let input = json!({"expiration": null, "interval": "PT40M"});
    let (schedule, back) = round_trip::<SynchronizationSchedule>(input.clone());
    assert!(schedule.expiration.is_null());
    assert!(schedule.state.is_absent());
    assert_eq!(schedule.interval.value().map(|d| d.as_str()), Some("PT40M"));
    assert_eq!(back, input, "null kept, absent not invented");

    // A PATCH body that clears one value and leaves the rest alone.
    let patch = SynchronizationSchedule {
        expiration: Maybe::Null,
        ..Default::default()
    };
    assert_eq!(serde_json::to_value(&patch).unwrap(), json!({"expiration": null}));
}

#[test]
fn unknown_properties_of_any_type_are_kept() {
    let input = json!({
        "@odata.type": "#microsoft.graph.synchronizationJob",
        "@odata.etag": "W/\"1\"",
        "id": "job",
        "newerThanTheSpec": "a string, not an object",
        "alsoNew": 42,
        "schedule": {"state": "Active", "futureField": [1, 2]}
    });
    let (job, back) = round_trip::<SynchronizationJob>(input.clone());
    assert_eq!(back, input);
    assert_eq!(
        job.additional_properties["newerThanTheSpec"],
        json!("a string, not an object")
    );
    let findings = msgraph_sync::Model::findings(&job);
    let described: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(
        described.contains(&"$[\"@odata.type\"]: OData annotation".to_string()),
        "{described:?}"
    );
    assert!(
        described.contains(&"$.schedule.futureField: property not in the spec".to_string()),
        "{described:?}"
    );
    assert!(
        described.contains(&"$.alsoNew: property not in the spec".to_string()),
        "{described:?}"
    );
}

#[test]
fn enums_match_ignoring_case_and_keep_unknown_members() {
    assert_eq!(AttributeType::from_wire("String"), AttributeType::String);
    assert_eq!(
        AttributeType::from_wire("string"),
        AttributeType::String,
        "docs send \"string\""
    );
    assert_eq!(
        AttributeType::String.as_str(),
        "String",
        "written in the spec's spelling"
    );
    assert_eq!(AttributeType::from_wire(""), AttributeType::Unrecognized(String::new()));
    let (status, back) = round_trip::<SynchronizationStatus>(json!({"code": "Hibernating"}));
    assert_eq!(
        status.code.value(),
        Some(&SynchronizationStatusCode::Unrecognized("Hibernating".into()))
    );
    assert_eq!(back, json!({"code": "Hibernating"}));
    let findings = msgraph_sync::Model::findings(&status);
    assert!(matches!(
        &findings[0].kind,
        FindingKind::UnknownEnumMember { enumeration: "microsoft.graph.synchronizationStatusCode", value } if value == "Hibernating"
    ));
    // The spec spells the sentinel two ways; both match the one member.
    let a = DirectoryDefinitionDiscoverabilitiesMember::from_wire("unknownFutureValue");
    let b = DirectoryDefinitionDiscoverabilitiesMember::from_wire("UnknownFutureValue");
    assert_eq!(a, b);
    assert_eq!(a, DirectoryDefinitionDiscoverabilitiesMember::UnknownFutureValue);
}

#[test]
fn flags_are_sets() {
    use SynchronizationJobRestartScopeMember as M;
    let scope: SynchronizationJobRestartScope =
        serde_json::from_value(json!("Watermark, Escrows, QuarantineState")).unwrap();
    assert_eq!(scope.len(), 3);
    assert!(scope.contains(&M::Watermark) && scope.contains(&M::Escrows) && scope.contains(&M::QuarantineState));
    assert_eq!(
        serde_json::to_value(&scope).unwrap(),
        json!("Watermark, Escrows, QuarantineState"),
        "not Graph's order: written back as received"
    );
    assert_eq!(scope.to_canonical().to_string(), "Escrows, Watermark, QuarantineState");

    let tight: SynchronizationJobRestartScope = serde_json::from_value(json!("Full,ForceDeletes,Bogus")).unwrap();
    assert!(tight.contains(&M::Full) && tight.contains(&M::ForceDeletes));
    assert!(
        tight.contains(&M::Unrecognized("Bogus".into())),
        "unknown members are kept"
    );
    assert_eq!(tight.to_string(), "Full,ForceDeletes,Bogus", "written back as received");
    assert_eq!(tight.to_canonical().to_string(), "Full, ForceDeletes, Bogus");

    let built = SynchronizationJobRestartScope::new()
        .with(M::Full)
        .with(M::Escrows)
        .with(M::Full);
    assert_eq!(built.to_string(), "Escrows, Full");
}

#[test]
fn durations_and_timestamps_are_typed_and_lossless() {
    let input = json!({
        "expiration": "0001-01-01T00:00:00Z",
        "interval": "P10675199DT2H48M5.4775807S",
    });
    let (schedule, back) = round_trip::<SynchronizationSchedule>(input.clone());
    assert_eq!(back, input);
    assert_eq!(schedule.interval.value().unwrap().ticks(), Some(i64::MAX));
    assert!(schedule.expiration.value().unwrap().is_valid());

    let (quarantine, back) = round_trip::<SynchronizationQuarantine>(
        json!({"currentBegan": "", "seriesBegan": "2017-07-26T19:23:12.2316149Z"}),
    );
    assert_eq!(
        back,
        json!({"currentBegan": "", "seriesBegan": "2017-07-26T19:23:12.2316149Z"})
    );
    let began = quarantine.current_began.value().unwrap();
    assert!(
        !began.is_valid() && began.validate().is_err(),
        "\"\" is kept but reported invalid"
    );
    let series = quarantine.series_began.value().unwrap().value().unwrap();
    assert_eq!(series.timestamp_subsec_nanos(), 231_614_900);
    let findings = msgraph_sync::Model::findings(&quarantine);
    assert!(
        matches!(
            &findings[0].kind,
            FindingKind::InvalidFormat {
                format: "date-time",
                ..
            }
        ),
        "{findings:?}"
    );
}

#[test]
fn integers_are_typed() {
    let (status, _) =
        round_trip::<SynchronizationStatus>(json!({"countSuccessiveCompleteFailures": 9_007_199_254_740_993_i64}));
    assert_eq!(
        status.count_successive_complete_failures.into_value(),
        Some(9_007_199_254_740_993_i64)
    );
    let err = serde_json::from_value::<SynchronizationStatus>(json!({"countSuccessiveCompleteFailures": "nine"}))
        .unwrap_err();
    assert!(err.to_string().contains("invalid type"), "{err}");
}

#[test]
fn duplicate_keys_are_an_error_not_a_silent_loss() {
    let err = serde_json::from_str::<SynchronizationJob>(r#"{"id":"a","id":"b"}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate field `id`"), "{err}");
    let err = serde_json::from_str::<SynchronizationJob>(r#"{"x":1,"x":2}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate property"), "{err}");
}

/// `attributeMappingSource` nests itself through `parameters[].value`; a hostile payload nested
/// far deeper than any real schema must be refused with an error, not overflow the stack.
#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let depth = 50_000;
    let mut text = String::new();
    for _ in 0..depth {
        text.push_str(r#"{"parameters":[{"key":"k","value":"#);
    }
    text.push_str("{}");
    for _ in 0..depth {
        text.push_str("}]}");
    }
    let entry = ApiVersion::V1_0.find("microsoft.graph.attributeMappingSource").unwrap();
    let err = entry.decode(text.as_bytes()).unwrap_err();
    assert!(err.message.contains("recursion limit exceeded"), "{err}");
    assert!(err.path.starts_with("$.parameters[0].value.parameters[0]"), "{err}");
    // A legitimately nested expression still decodes.
    let nested = r#"{"type":"Function","name":"Join","parameters":[{"key":"source","value":{"type":"Attribute","name":"mail"}}]}"#;
    let decoded = entry.decode(nested.as_bytes()).unwrap();
    assert_eq!(
        decoded.to_json().unwrap(),
        serde_json::from_str::<serde_json::Value>(nested).unwrap()
    );
}

#[test]
fn registry_finds_every_component_schema_of_both_versions() {
    for (file, api, schemas) in [
        ("spec/v1.0.yaml", ApiVersion::V1_0, 149),
        ("spec/beta.yaml", ApiVersion::Beta, 191),
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        let doc = msgraph_sync_codegen::load::read(&path).unwrap();
        let names: Vec<&String> = doc.components.schemas.iter().map(|(k, _)| k).collect();
        assert_eq!(names.len(), schemas, "{file}");
        for name in names {
            assert!(api.find(name).is_some(), "{api}: no model for {name}");
        }
        assert!(
            api.find("#microsoft.graph.synchronizationJob").is_some(),
            "@odata.type form"
        );
        assert!(api.find("microsoft.graph.user").is_none());
    }
}

#[test]
fn decode_errors_name_the_json_path() {
    let entry = ApiVersion::V1_0.find("microsoft.graph.synchronizationJob").unwrap();
    let err = entry
        .decode(br#"{"status":{"quarantine":{"seriesCount":"two"}}}"#)
        .unwrap_err();
    assert_eq!(err.path, "$.status.quarantine.seriesCount");
    let err = entry.decode(b"{\"id\": ").unwrap_err();
    assert!(err.message.contains("EOF"), "{err}");
}

#[test]
fn untyped_json_refuses_duplicate_keys_at_any_depth() {
    let err = serde_json::from_str::<SynchronizationJob>(r#"{"id":"j","extra":{"a":1,"a":2}}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate property"), "{err}");
    let err = serde_json::from_str::<BulkUploadRequestBody>(r#"{"Operations":[{"data":{"x":1,"x":2}}]}"#).unwrap_err();
    assert!(err.to_string().contains("duplicate property"), "{err}");
    let ok: BulkUploadRequestBody =
        serde_json::from_str(r#"{"Operations":[{"method":"POST","data":{"x":[1,{"y":null}]}}]}"#).unwrap();
    let operation: serde_json::Value = ok.operations.value().unwrap()[0].parse().unwrap();
    assert_eq!(operation["data"]["x"][1]["y"], serde_json::Value::Null);
}

#[test]
fn flags_with_unknown_members_compare_as_sets() {
    let a: SynchronizationJobRestartScope = serde_json::from_value(json!("Foo, Bar, Full")).unwrap();
    let b: SynchronizationJobRestartScope = serde_json::from_value(json!("Full,Bar,Foo")).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.to_canonical().to_string(), "Full, Bar, Foo");
    let report = msgraph_sync::compare::compare(&json!("watermark, escrows"), &json!("Escrows, Watermark"));
    assert!(report.iter().all(|d| d.is_normalization()), "{report:?}");
}

/// A flags value not in Graph's form is written back as received (and
/// reported), never trimmed, deduplicated or reordered; one built or changed in code is
/// written in Graph's form.
#[test]
fn flags_not_in_graphs_form_are_kept_as_received() {
    use SynchronizationJobRestartScopeMember as M;
    for text in [
        "Full, Full",
        " QuarantineState",
        ",,",
        "Watermark,Escrows",
        "escrows, Watermark",
        "Bogus,,Full ",
        "",
    ] {
        let json = serde_json::to_string(text).unwrap();
        let scope: SynchronizationJobRestartScope = serde_json::from_str(&json).unwrap();
        assert_eq!(serde_json::to_string(&scope).unwrap(), json, "{text:?} respelled");
        let status = SynchronizationJobRestartCriteria {
            reset_scope: Maybe::Value(scope.clone()),
            ..Default::default()
        };
        let findings = msgraph_sync::Model::findings(&status);
        let canonical = text.is_empty();
        assert_eq!(
            findings.iter().any(|f| matches!(
                &f.kind,
                FindingKind::NotCanonical { of: "microsoft.graph.synchronizationJobRestartScope", value, .. } if value == text
            )),
            !canonical,
            "{text:?}: {findings:?}"
        );
        assert_eq!(scope.is_canonical(), canonical);
    }
    // The members are still read as a set.
    let scope = SynchronizationJobRestartScope::from_wire("Full, Full");
    assert_eq!(scope.len(), 1);
    assert_eq!(scope, SynchronizationJobRestartScope::new().with(M::Full));
    // Graph's form is kept as it is; a change made in code is written in Graph's form.
    let mut scope = SynchronizationJobRestartScope::from_wire("Escrows, Watermark");
    assert!(scope.is_canonical());
    let mut odd = SynchronizationJobRestartScope::from_wire(" Watermark,Escrows");
    odd.insert(M::Escrows);
    assert_eq!(odd.to_string(), " Watermark,Escrows", "no change, no respelling");
    odd.insert(M::Full);
    assert_eq!(odd.to_string(), "Escrows, Watermark, Full");
    scope.remove(&M::Watermark);
    assert_eq!(scope.to_string(), "Escrows");
}

/// Numbers in untyped JSON (undeclared properties at any depth, properties
/// typed as any object) are kept exactly as received, not rounded through `f64`.
#[test]
fn numbers_in_untyped_json_keep_every_digit() {
    // Undeclared properties are written after the declared ones, by name.
    let input = r#"{"id":"j","big":123456789012345678901234567890,"huge":-1E+400,"nested":{"list":[0.10000000000000000001,{"deep":-0.0}]},"tiny":1e-400,"u64plus":18446744073709551616}"#;
    let job: SynchronizationJob = serde_json::from_str(input).unwrap();
    assert_eq!(serde_json::to_string(&job).unwrap(), input);
    assert_eq!(
        job.additional_properties["big"].as_str(),
        "123456789012345678901234567890"
    );
    assert_eq!(
        job.additional_properties["big"].parse::<u128>().unwrap(),
        123456789012345678901234567890
    );
    // Through the registry (serde_path_to_error) too.
    let entry = ApiVersion::V1_0.find("microsoft.graph.synchronizationJob").unwrap();
    assert_eq!(entry.decode(input.as_bytes()).unwrap().to_json_text().unwrap(), input);
    // A property typed as untyped JSON.
    let body = r#"{"Operations":[{"method":"PATCH","data":{"employeeNumber":98765432109876543210,"ratio":2.50}}]}"#;
    let decoded: BulkUploadRequestBody = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_string(&decoded).unwrap(), body);
    // Whitespace between tokens is all that goes; string escapes stay as sent.
    let spaced = "{ \"x\" : [ 1 , \"a\\u00e9 b\" ] ,\n \"y\": { } }";
    let job: SynchronizationJob = serde_json::from_str(&format!("{{\"extra\": {spaced}}}")).unwrap();
    assert_eq!(
        job.additional_properties["extra"].as_str(),
        "{\"x\":[1,\"a\\u00e9 b\"],\"y\":{}}"
    );
}

#[test]
fn untyped_json_nesting_is_bounded() {
    let deep = format!("{{\"extra\":{}{}}}", "[".repeat(50_000), "]".repeat(50_000));
    let err = serde_json::from_str::<SynchronizationJob>(&deep).unwrap_err();
    assert!(err.to_string().contains("recursion limit exceeded"), "{err}");
    let fine = format!("{{\"extra\":{}{}}}", "[".repeat(100), "]".repeat(100));
    assert!(serde_json::from_str::<SynchronizationJob>(&fine).is_ok());
}

/// An enum member the service sends in another case than the spec is written back as
/// received; the variant still matches, and values built in code use the spec's spelling.
#[test]
fn enum_members_are_written_back_as_received() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/models/template-received-spelling.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_end();
    let template: SynchronizationTemplate = serde_json::from_str(text).unwrap();
    assert_eq!(
        serde_json::to_string(&template).unwrap(),
        text,
        "a GET → PUT changes nothing"
    );
    let entry = ApiVersion::V1_0
        .find("microsoft.graph.synchronizationTemplate")
        .unwrap();
    assert_eq!(entry.decode(text.as_bytes()).unwrap().to_json_text().unwrap(), text);

    let metadata = template.metadata.value().unwrap();
    assert!(matches!(
        metadata[0].key.value(),
        Some(SynchronizationMetadata::GalleryApplicationIdentifier)
    ));
    assert_eq!(
        metadata[0].key,
        Maybe::Value(SynchronizationMetadata::GalleryApplicationIdentifier)
    );
    let findings: Vec<String> = msgraph_sync::Model::findings(&template)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        findings.contains(&"$.metadata[0].key: microsoft.graph.synchronizationMetadata \"galleryApplicationIdentifier\" kept as received (canonical: \"GalleryApplicationIdentifier\")".to_string()),
        "{findings:?}"
    );

    // Built in code: the spec's spelling. Changed in code: the spec's spelling of the new member.
    let built = SynchronizationMetadataEntry {
        key: Maybe::Value(SynchronizationMetadata::GalleryApplicationIdentifier),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        json!({"key": "GalleryApplicationIdentifier"})
    );
    let received: SynchronizationMetadataEntry =
        serde_json::from_str(r#"{"key":"galleryApplicationIdentifier"}"#).unwrap();
    assert_eq!(built, received, "spelling is not part of equality");
    assert_eq!(
        serde_json::to_string(&received).unwrap(),
        r#"{"key":"galleryApplicationIdentifier"}"#
    );
    let mut changed = metadata[0].clone();
    changed.key = Maybe::Value(SynchronizationMetadata::GalleryApplicationKey);
    assert_eq!(
        serde_json::to_value(&changed).unwrap(),
        json!({"key": "GalleryApplicationKey", "value": "slack"})
    );

    // Lists of enum values keep each item's spelling.
    let list = r#"{"supportedAttributeTypes":["string","Integer","BOOLEAN","Hibernating"]}"#;
    let operator: FilterOperatorSchema = serde_json::from_str(list).unwrap();
    assert_eq!(serde_json::to_string(&operator).unwrap(), list);
    assert_eq!(
        operator.supported_attribute_types.value().unwrap()[..3],
        [AttributeType::String, AttributeType::Integer, AttributeType::Boolean]
    );
}
