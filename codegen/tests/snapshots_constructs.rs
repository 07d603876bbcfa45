//! One insta snapshot of generated code per construct, so every codegen change is visible in review
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test` then read the diff).

use msgraph_sync_codegen::generate_spec;

/// A minimal document around `schemas` (YAML, indented as under `components.schemas`).
fn document(schemas: &str) -> String {
    format!(
        "openapi: 3.0.1\ninfo:\n  title: fixture\n  version: v1.0\nservers:\n  - url: https://graph.microsoft.com/v1.0/\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
    )
}

/// The models and enums files generated from `schemas`, headers included.
fn generated(schemas: &str) -> String {
    let (_, files) = generate_spec("fixture.yaml", &document(schemas)).expect("fixture generates");
    files
        .iter()
        .filter(|f| f.path.ends_with("models.rs") || f.path.ends_with("enums.rs"))
        .map(|f| format!("==> {}\n{}", f.path, f.contents))
        .collect()
}

#[test]
fn plain_struct() {
    let generated = generated(
        r#"
    microsoft.graph.keyValuePair:
      title: keyValuePair
      type: object
      description: A key and its value.
      properties:
        name:
          type: string
          description: Name for this key-value pair.
          nullable: true
        count:
          type: integer
          format: int32
        total:
          type: integer
          format: int64
        enabled:
          type: boolean
        tags:
          uniqueItems: true
          type: array
          items:
            type: string
        raw:
          type: object
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn all_of_inheritance() {
    let generated = generated(
        r#"
    microsoft.graph.entity:
      title: entity
      type: object
      properties:
        id:
          type: string
          description: The unique identifier for an entity. Read-only.
      additionalProperties:
        type: object
    microsoft.graph.synchronizationJob:
      allOf:
        - $ref: '#/components/schemas/microsoft.graph.entity'
        - title: synchronizationJob
          type: object
          properties:
            templateId:
              type: string
              nullable: true
          additionalProperties:
            type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn nullable_and_recursive_reference() {
    let generated = generated(
        r#"
    microsoft.graph.attributeMappingSource:
      title: attributeMappingSource
      type: object
      properties:
        expression:
          type: string
          nullable: true
        inner:
          $ref: '#/components/schemas/microsoft.graph.attributeMappingSource'
        parameters:
          type: array
          items:
            $ref: '#/components/schemas/microsoft.graph.attributeMappingSource'
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn evolvable_enum() {
    let generated = generated(
        r#"
    microsoft.graph.attributeType:
      title: attributeType
      enum:
        - String
        - Integer
        - Reference
        - unknownFutureValue
        - UnknownFutureValue
      type: string
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn flags_enum() {
    let generated = generated(
        r#"
    microsoft.graph.objectFlowTypes:
      title: objectFlowTypes
      enum:
        - None
        - Add
        - Update
        - Delete
      type: string
      x-ms-enum-flags:
        isFlags: true
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn duration_and_date_time_and_uuid() {
    let generated = generated(
        r#"
    microsoft.graph.synchronizationSchedule:
      title: synchronizationSchedule
      type: object
      properties:
        expiration:
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$'
          type: string
          format: date-time
          nullable: true
        interval:
          pattern: '^(-)?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$'
          type: string
          format: duration
        applicationId:
          type: string
          format: uuid
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn property_named_type() {
    let generated = generated(
        r#"
    microsoft.graph.filterOperand:
      title: filterOperand
      type: object
      properties:
        type:
          type: string
        self:
          type: string
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn names_with_at_and_dot() {
    let generated = generated(
        r#"
    microsoft.graph.synchronizationJobCollectionResponse:
      title: Collection of synchronizationJob
      type: object
      properties:
        '@odata.nextLink':
          type: string
          nullable: true
        '@odata.count':
          type: integer
          format: int64
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}

#[test]
fn properties_colliding_after_snake_case() {
    let generated = generated(
        r#"
    microsoft.graph.collision:
      title: collision
      type: object
      properties:
        displayName:
          type: string
        display_name:
          type: string
        DisplayName:
          type: string
        additionalProperties:
          type: string
      additionalProperties:
        type: object
"#,
    );
    insta::assert_snapshot!(generated);
}
