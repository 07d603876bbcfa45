#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`ApplicationSynchronizationAcquireAccessTokenBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationAcquireAccessTokenBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationJobProvisionOnDemandBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationJobProvisionOnDemandBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub parameters: ::std::vec::Vec<MicrosoftGraphSynchronizationJobApplicationParameters>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationJobRestartBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationJobRestartBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub criteria: ::std::option::Option<MicrosoftGraphSynchronizationJobRestartCriteria>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationJobSchemaParseExpressionBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationJobSchemaParseExpressionBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expression: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "targetAttributeDefinition",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_attribute_definition: ::std::option::Option<MicrosoftGraphAttributeDefinition>,
        #[serde(
            rename = "testInputObject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub test_input_object: ::std::option::Option<MicrosoftGraphExpressionInputObject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationJobValidateCredential2Body`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationJobValidateCredential2Body {
        #[serde(
            rename = "applicationIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_identifier: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "useSavedCredentials",
            default = "defaults::application_synchronization_job_validate_credential2_body_use_saved_credentials"
        )]
        pub use_saved_credentials: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationJobValidateCredentialBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationJobValidateCredentialBody {
        #[serde(
            rename = "applicationIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_identifier: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "useSavedCredentials",
            default = "defaults::application_synchronization_job_validate_credential_body_use_saved_credentials"
        )]
        pub use_saved_credentials: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationSetSecretBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationSetSecretBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationSetSecretResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationSetSecretResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ApplicationSynchronizationTemplateSchemaParseExpressionBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApplicationSynchronizationTemplateSchemaParseExpressionBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expression: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "targetAttributeDefinition",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_attribute_definition: ::std::option::Option<MicrosoftGraphAttributeDefinition>,
        #[serde(
            rename = "testInputObject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub test_input_object: ::std::option::Option<MicrosoftGraphExpressionInputObject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`CollectionOfAttributeMappingFunctionSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CollectionOfAttributeMappingFunctionSchema {
        #[serde(
            rename = "@odata.nextLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odata_next_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphAttributeMappingFunctionSchema>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`CollectionOfFilterOperatorSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CollectionOfFilterOperatorSchema {
        #[serde(
            rename = "@odata.nextLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odata_next_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphFilterOperatorSchema>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeDefinition`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeDefinition {
        ///true if the attribute should be used as the anchor for the object.
        /// Anchor attributes must have a unique value identifying an object,
        /// and must be immutable. Default is false. One, and only one, of the
        /// object's attributes must be designated as the anchor to support
        /// synchronization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub anchor: ::std::option::Option<bool>,
        #[serde(
            rename = "apiExpressions",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub api_expressions: ::std::vec::Vec<MicrosoftGraphStringKeyStringValuePair>,
        ///true if value of this attribute should be treated as case-sensitive.
        /// This setting affects how the synchronization engine detects changes
        /// for the attribute.
        #[serde(
            rename = "caseExact",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub case_exact: ::std::option::Option<bool>,
        ///The default value of the attribute.
        #[serde(
            rename = "defaultValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_value: ::std::option::Option<::std::string::String>,
        ///'true' to allow null values for attributes.
        #[serde(
            rename = "flowNullValues",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_null_values: ::std::option::Option<bool>,
        ///Metadata for the given object.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metadata: ::std::vec::Vec<MicrosoftGraphAttributeDefinitionMetadataEntry>,
        ///true if an attribute can have multiple values. Default is false.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub multivalued: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mutability: ::std::option::Option<MicrosoftGraphMutability>,
        ///Name of the attribute. Must be unique within the object definition.
        /// Not nullable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///For attributes with reference type, lists referenced objects (for
        /// example, the manager attribute would list User as the referenced
        /// object).
        #[serde(
            rename = "referencedObjects",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub referenced_objects: ::std::vec::Vec<MicrosoftGraphReferencedObject>,
        ///true if attribute is required. Object can not be created if any of
        /// the required attributes are missing. If during synchronization, the
        /// required attribute has no value, the default value will be used. If
        /// default the value was not set, synchronization will record an error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required: ::std::option::Option<bool>,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<MicrosoftGraphAttributeType>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeDefinitionMetadata`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphAttributeDefinitionMetadata {
        BaseAttributeName,
        ComplexObjectDefinition,
        IsContainer,
        IsCustomerDefined,
        IsDomainQualified,
        LinkPropertyNames,
        LinkTypeName,
        MaximumLength,
        ReferencedProperty,
    }

    impl ::std::fmt::Display for MicrosoftGraphAttributeDefinitionMetadata {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::BaseAttributeName => f.write_str("BaseAttributeName"),
                Self::ComplexObjectDefinition => f.write_str("ComplexObjectDefinition"),
                Self::IsContainer => f.write_str("IsContainer"),
                Self::IsCustomerDefined => f.write_str("IsCustomerDefined"),
                Self::IsDomainQualified => f.write_str("IsDomainQualified"),
                Self::LinkPropertyNames => f.write_str("LinkPropertyNames"),
                Self::LinkTypeName => f.write_str("LinkTypeName"),
                Self::MaximumLength => f.write_str("MaximumLength"),
                Self::ReferencedProperty => f.write_str("ReferencedProperty"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphAttributeDefinitionMetadata {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "BaseAttributeName" => Ok(Self::BaseAttributeName),
                "ComplexObjectDefinition" => Ok(Self::ComplexObjectDefinition),
                "IsContainer" => Ok(Self::IsContainer),
                "IsCustomerDefined" => Ok(Self::IsCustomerDefined),
                "IsDomainQualified" => Ok(Self::IsDomainQualified),
                "LinkPropertyNames" => Ok(Self::LinkPropertyNames),
                "LinkTypeName" => Ok(Self::LinkTypeName),
                "MaximumLength" => Ok(Self::MaximumLength),
                "ReferencedProperty" => Ok(Self::ReferencedProperty),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphAttributeDefinitionMetadata {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphAttributeDefinitionMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphAttributeDefinitionMetadataEntry`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeDefinitionMetadataEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<MicrosoftGraphAttributeDefinitionMetadata>,
        ///Value of the metadata property.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeFlowBehavior`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphAttributeFlowBehavior {
        FlowWhenChanged,
        FlowAlways,
    }

    impl ::std::fmt::Display for MicrosoftGraphAttributeFlowBehavior {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::FlowWhenChanged => f.write_str("FlowWhenChanged"),
                Self::FlowAlways => f.write_str("FlowAlways"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphAttributeFlowBehavior {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "FlowWhenChanged" => Ok(Self::FlowWhenChanged),
                "FlowAlways" => Ok(Self::FlowAlways),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphAttributeFlowBehavior {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphAttributeFlowBehavior {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphAttributeFlowType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphAttributeFlowType {
        Always,
        ObjectAddOnly,
        MultiValueAddOnly,
        ValueAddOnly,
        AttributeAddOnly,
    }

    impl ::std::fmt::Display for MicrosoftGraphAttributeFlowType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Always => f.write_str("Always"),
                Self::ObjectAddOnly => f.write_str("ObjectAddOnly"),
                Self::MultiValueAddOnly => f.write_str("MultiValueAddOnly"),
                Self::ValueAddOnly => f.write_str("ValueAddOnly"),
                Self::AttributeAddOnly => f.write_str("AttributeAddOnly"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphAttributeFlowType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Always" => Ok(Self::Always),
                "ObjectAddOnly" => Ok(Self::ObjectAddOnly),
                "MultiValueAddOnly" => Ok(Self::MultiValueAddOnly),
                "ValueAddOnly" => Ok(Self::ValueAddOnly),
                "AttributeAddOnly" => Ok(Self::AttributeAddOnly),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphAttributeFlowType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphAttributeFlowType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphAttributeMapping`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeMapping {
        ///Default value to be used in case the source property was evaluated
        /// to null. Optional.
        #[serde(
            rename = "defaultValue",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_value: ::std::option::Option<::std::string::String>,
        ///For internal use only.
        #[serde(
            rename = "exportMissingReferences",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub export_missing_references: ::std::option::Option<bool>,
        #[serde(
            rename = "flowBehavior",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_behavior: ::std::option::Option<MicrosoftGraphAttributeFlowBehavior>,
        #[serde(
            rename = "flowType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_type: ::std::option::Option<MicrosoftGraphAttributeFlowType>,
        ///If higher than 0, this attribute will be used to perform an initial
        /// match of the objects between source and target directories. The
        /// synchronization engine will try to find the matching object using
        /// attribute with lowest value of matching priority first. If not
        /// found, the attribute with the next matching priority will be used,
        /// and so on a until match is found or no more matching attributes are
        /// left. Only attributes that are expected to have unique values, such
        /// as email, should be used as matching attributes.
        #[serde(
            rename = "matchingPriority",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub matching_priority: ::std::option::Option<i32>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub source: ::std::option::Option<MicrosoftGraphAttributeMappingSource>,
        ///Name of the attribute on the target object.
        #[serde(
            rename = "targetAttributeName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_attribute_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeMappingFunctionSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeMappingFunctionSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphAttributeMappingFunctionSchemaId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub parameters:
            ::std::option::Option<MicrosoftGraphAttributeMappingFunctionSchemaParameters>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeMappingFunctionSchemaId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphAttributeMappingFunctionSchemaId {}
    ///`MicrosoftGraphAttributeMappingFunctionSchemaParameters`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphAttributeMappingFunctionSchemaParameters {}
    ///`MicrosoftGraphAttributeMappingParameterSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeMappingParameterSchema {
        ///The given parameter can be provided multiple times (for example,
        /// multiple input strings in the Concatenate(string,string,...)
        /// function).
        #[serde(
            rename = "allowMultipleOccurrences",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub allow_multiple_occurrences: ::std::option::Option<bool>,
        ///Parameter name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///true if the parameter is required; otherwise false.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub required: ::std::option::Option<bool>,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<MicrosoftGraphAttributeType>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeMappingSource`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphAttributeMappingSource {
        ///Equivalent expression representation of this attributeMappingSource
        /// object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expression: ::std::option::Option<::std::string::String>,
        ///Name parameter of the mapping source. Depending on the type property
        /// value, this can be the name of the function, the name of the source
        /// attribute, or a constant value to be used.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///If this object represents a function, lists function parameters.
        /// Parameters consist of attributeMappingSource objects themselves,
        /// allowing for complex expressions. If type isn't Function, this
        /// property is null/empty array.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub parameters: ::std::vec::Vec<MicrosoftGraphStringKeyAttributeMappingSourceValuePair>,
        #[serde(
            rename = "type",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub type_: ::std::option::Option<MicrosoftGraphAttributeMappingSourceType>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphAttributeMappingSourceType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphAttributeMappingSourceType {
        Attribute,
        Constant,
        Function,
    }

    impl ::std::fmt::Display for MicrosoftGraphAttributeMappingSourceType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Attribute => f.write_str("Attribute"),
                Self::Constant => f.write_str("Constant"),
                Self::Function => f.write_str("Function"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphAttributeMappingSourceType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Attribute" => Ok(Self::Attribute),
                "Constant" => Ok(Self::Constant),
                "Function" => Ok(Self::Function),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphAttributeMappingSourceType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphAttributeMappingSourceType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphAttributeType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphAttributeType {
        String,
        Integer,
        Reference,
        Binary,
        Boolean,
        DateTime,
    }

    impl ::std::fmt::Display for MicrosoftGraphAttributeType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::String => f.write_str("String"),
                Self::Integer => f.write_str("Integer"),
                Self::Reference => f.write_str("Reference"),
                Self::Binary => f.write_str("Binary"),
                Self::Boolean => f.write_str("Boolean"),
                Self::DateTime => f.write_str("DateTime"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphAttributeType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "String" => Ok(Self::String),
                "Integer" => Ok(Self::Integer),
                "Reference" => Ok(Self::Reference),
                "Binary" => Ok(Self::Binary),
                "Boolean" => Ok(Self::Boolean),
                "DateTime" => Ok(Self::DateTime),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphAttributeType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphAttributeType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphBulkUpload`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphBulkUpload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphBulkUploadId>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphBulkUploadId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphBulkUploadId {}
    ///`MicrosoftGraphContainerFilter`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphContainerFilter {
        #[serde(
            rename = "includedContainers",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub included_containers: ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphDirectoryDefinition`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphDirectoryDefinition {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discoverabilities:
            ::std::option::Option<MicrosoftGraphDirectoryDefinitionDiscoverabilities>,
        #[serde(
            rename = "discoveryDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub discovery_date_time:
            ::std::option::Option<MicrosoftGraphDirectoryDefinitionDiscoveryDateTime>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphDirectoryDefinitionId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<MicrosoftGraphDirectoryDefinitionName>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub objects: ::std::option::Option<MicrosoftGraphDirectoryDefinitionObjects>,
        #[serde(
            rename = "readOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub read_only: ::std::option::Option<MicrosoftGraphDirectoryDefinitionReadOnly>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<MicrosoftGraphDirectoryDefinitionVersion>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphDirectoryDefinitionCollectionResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphDirectoryDefinitionCollectionResponse {
        #[serde(
            rename = "@odata.nextLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odata_next_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphDirectoryDefinition>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphDirectoryDefinitionDiscoverabilities`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphDirectoryDefinitionDiscoverabilities {
        None,
        AttributeNames,
        AttributeDataTypes,
        AttributeReadOnly,
        ReferenceAttributes,
        UnknownFutureValue,
    }

    impl ::std::fmt::Display for MicrosoftGraphDirectoryDefinitionDiscoverabilities {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("None"),
                Self::AttributeNames => f.write_str("AttributeNames"),
                Self::AttributeDataTypes => f.write_str("AttributeDataTypes"),
                Self::AttributeReadOnly => f.write_str("AttributeReadOnly"),
                Self::ReferenceAttributes => f.write_str("ReferenceAttributes"),
                Self::UnknownFutureValue => f.write_str("UnknownFutureValue"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphDirectoryDefinitionDiscoverabilities {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "None" => Ok(Self::None),
                "AttributeNames" => Ok(Self::AttributeNames),
                "AttributeDataTypes" => Ok(Self::AttributeDataTypes),
                "AttributeReadOnly" => Ok(Self::AttributeReadOnly),
                "ReferenceAttributes" => Ok(Self::ReferenceAttributes),
                "UnknownFutureValue" => Ok(Self::UnknownFutureValue),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphDirectoryDefinitionDiscoverabilities {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for MicrosoftGraphDirectoryDefinitionDiscoverabilities
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphDirectoryDefinitionDiscoveryDateTime`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionDiscoveryDateTime {}
    ///`MicrosoftGraphDirectoryDefinitionId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionId {}
    ///`MicrosoftGraphDirectoryDefinitionName`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionName {}
    ///`MicrosoftGraphDirectoryDefinitionObjects`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionObjects {}
    ///`MicrosoftGraphDirectoryDefinitionReadOnly`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionReadOnly {}
    ///`MicrosoftGraphDirectoryDefinitionVersion`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphDirectoryDefinitionVersion {}
    ///`MicrosoftGraphEntity`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphEntity {
        ///The unique identifier for an entity. Read-only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphExpressionInputObject`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphExpressionInputObject {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub definition: ::std::option::Option<MicrosoftGraphObjectDefinition>,
        ///Property values of the test object.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub properties: ::std::vec::Vec<MicrosoftGraphStringKeyObjectValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilter`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphFilter {
        ///*Experimental* Filter group set used to decide whether given object
        /// belongs and should be processed as part of this object mapping. An
        /// object is considered in scope if ANY of the groups in the collection
        /// is evaluated to true.
        #[serde(
            rename = "categoryFilterGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub category_filter_groups: ::std::vec::Vec<MicrosoftGraphFilterGroup>,
        ///Filter group set used to decide whether given object is in scope for
        /// provisioning. This is the filter which should be used in most cases.
        /// If an object used to satisfy this filter at a given moment, and then
        /// the object or the filter was changed so that filter isn't satisfied
        /// any longer, such object will get deprovisioned'. An object is
        /// considered in scope if ANY of the groups in the collection is
        /// evaluated to true.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub groups: ::std::vec::Vec<MicrosoftGraphFilterGroup>,
        ///*Experimental* Filter group set used to filter out objects at the
        /// early stage of reading them from the directory. If an object doesn't
        /// satisfy this filter, then it will not be processed further.
        /// Important to understand is that if an object used to satisfy this
        /// filter at a given moment, and then the object or the filter was
        /// changed so that filter is no longer satisfied, such object will NOT
        /// get deprovisioned. An object is considered in scope if ANY of the
        /// groups in the collection is evaluated to true.
        #[serde(
            rename = "inputFilterGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub input_filter_groups: ::std::vec::Vec<MicrosoftGraphFilterGroup>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilterClause`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphFilterClause {
        ///Name of the operator to be applied to the source and target
        /// operands. Must be one of the supported operators. Supported
        /// operators can be discovered.
        #[serde(
            rename = "operatorName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub operator_name: ::std::option::Option<::std::string::String>,
        ///Name of source operand (the operand being tested). The source
        /// operand name must match one of the attribute names on the source
        /// object.
        #[serde(
            rename = "sourceOperandName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_operand_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "targetOperand",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_operand: ::std::option::Option<MicrosoftGraphFilterOperand>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilterGroup`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphFilterGroup {
        ///Filter clauses (conditions) of this group. All clauses in a group
        /// must be satisfied in order for the filter group to evaluate to true.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub clauses: ::std::vec::Vec<MicrosoftGraphFilterClause>,
        ///Human-readable name of the filter group.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilterOperand`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphFilterOperand {
        ///Collection of values.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub values: ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilterOperatorSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphFilterOperatorSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub arity: ::std::option::Option<MicrosoftGraphFilterOperatorSchemaArity>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphFilterOperatorSchemaId>,
        #[serde(
            rename = "multivaluedComparisonType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub multivalued_comparison_type:
            ::std::option::Option<MicrosoftGraphFilterOperatorSchemaMultivaluedComparisonType>,
        #[serde(
            rename = "supportedAttributeTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub supported_attribute_types:
            ::std::option::Option<MicrosoftGraphFilterOperatorSchemaSupportedAttributeTypes>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphFilterOperatorSchemaArity`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphFilterOperatorSchemaArity {}
    ///`MicrosoftGraphFilterOperatorSchemaId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphFilterOperatorSchemaId {}
    ///`MicrosoftGraphFilterOperatorSchemaMultivaluedComparisonType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphFilterOperatorSchemaMultivaluedComparisonType {}
    ///`MicrosoftGraphFilterOperatorSchemaSupportedAttributeTypes`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphFilterOperatorSchemaSupportedAttributeTypes {}
    ///`MicrosoftGraphGroupFilter`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphGroupFilter {
        #[serde(
            rename = "includedGroups",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub included_groups: ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphKeyValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphKeyValuePair {
        ///Name for this key-value pair
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Value for this key-value pair
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphMutability`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphMutability {
        ReadWrite,
        ReadOnly,
        Immutable,
        WriteOnly,
    }

    impl ::std::fmt::Display for MicrosoftGraphMutability {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::ReadWrite => f.write_str("ReadWrite"),
                Self::ReadOnly => f.write_str("ReadOnly"),
                Self::Immutable => f.write_str("Immutable"),
                Self::WriteOnly => f.write_str("WriteOnly"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphMutability {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ReadWrite" => Ok(Self::ReadWrite),
                "ReadOnly" => Ok(Self::ReadOnly),
                "Immutable" => Ok(Self::Immutable),
                "WriteOnly" => Ok(Self::WriteOnly),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphMutability {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphMutability {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphODataErrorsErrorDetails`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphODataErrorsErrorDetails {
        pub code: ::std::string::String,
        pub message: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///The structure of this object is service-specific
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct MicrosoftGraphODataErrorsInnerError(
        pub  ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    );
    impl ::std::ops::Deref for MicrosoftGraphODataErrorsInnerError {
        type Target = ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >;
        fn deref(
            &self,
        ) -> &::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        > {
            &self.0
        }
    }

    impl ::std::convert::From<MicrosoftGraphODataErrorsInnerError>
        for ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >
    {
        fn from(value: MicrosoftGraphODataErrorsInnerError) -> Self {
            value.0
        }
    }

    impl
        ::std::convert::From<
            ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        > for MicrosoftGraphODataErrorsInnerError
    {
        fn from(
            value: ::std::collections::HashMap<
                ::std::string::String,
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        ) -> Self {
            Self(value)
        }
    }

    ///`MicrosoftGraphODataErrorsMainError`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphODataErrorsMainError {
        pub code: ::std::string::String,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<MicrosoftGraphODataErrorsErrorDetails>,
        #[serde(
            rename = "innerError",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inner_error: ::std::option::Option<MicrosoftGraphODataErrorsInnerError>,
        pub message: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphODataErrorsODataError`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphODataErrorsODataError {
        pub error: MicrosoftGraphODataErrorsMainError,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphObjectDefinition`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphObjectDefinition {
        ///Defines attributes of the object.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub attributes: ::std::vec::Vec<MicrosoftGraphAttributeDefinition>,
        ///Metadata for the given object.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metadata: ::std::vec::Vec<MicrosoftGraphObjectDefinitionMetadataEntry>,
        ///Name of the object. Must be unique within a directory definition.
        /// Not nullable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The API that the provisioning service queries to retrieve data for
        /// synchronization.
        #[serde(
            rename = "supportedApis",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub supported_apis: ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphObjectDefinitionMetadata`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphObjectDefinitionMetadata {
        PropertyNameAccountEnabled,
        PropertyNameSoftDeleted,
        IsSoftDeletionSupported,
        IsSynchronizeAllSupported,
        ConnectorDataStorageRequired,
        Extensions,
        BaseObjectName,
    }

    impl ::std::fmt::Display for MicrosoftGraphObjectDefinitionMetadata {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::PropertyNameAccountEnabled => f.write_str("PropertyNameAccountEnabled"),
                Self::PropertyNameSoftDeleted => f.write_str("PropertyNameSoftDeleted"),
                Self::IsSoftDeletionSupported => f.write_str("IsSoftDeletionSupported"),
                Self::IsSynchronizeAllSupported => f.write_str("IsSynchronizeAllSupported"),
                Self::ConnectorDataStorageRequired => f.write_str("ConnectorDataStorageRequired"),
                Self::Extensions => f.write_str("Extensions"),
                Self::BaseObjectName => f.write_str("BaseObjectName"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphObjectDefinitionMetadata {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "PropertyNameAccountEnabled" => Ok(Self::PropertyNameAccountEnabled),
                "PropertyNameSoftDeleted" => Ok(Self::PropertyNameSoftDeleted),
                "IsSoftDeletionSupported" => Ok(Self::IsSoftDeletionSupported),
                "IsSynchronizeAllSupported" => Ok(Self::IsSynchronizeAllSupported),
                "ConnectorDataStorageRequired" => Ok(Self::ConnectorDataStorageRequired),
                "Extensions" => Ok(Self::Extensions),
                "BaseObjectName" => Ok(Self::BaseObjectName),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphObjectDefinitionMetadata {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphObjectDefinitionMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphObjectDefinitionMetadataEntry`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphObjectDefinitionMetadataEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<MicrosoftGraphObjectDefinitionMetadata>,
        ///Value of the metadata property.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphObjectFlowTypes`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphObjectFlowTypes {
        None,
        Add,
        Update,
        Delete,
    }

    impl ::std::fmt::Display for MicrosoftGraphObjectFlowTypes {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("None"),
                Self::Add => f.write_str("Add"),
                Self::Update => f.write_str("Update"),
                Self::Delete => f.write_str("Delete"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphObjectFlowTypes {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "None" => Ok(Self::None),
                "Add" => Ok(Self::Add),
                "Update" => Ok(Self::Update),
                "Delete" => Ok(Self::Delete),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphObjectFlowTypes {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphObjectFlowTypes {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphObjectMapping`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphObjectMapping {
        ///Attribute mappings define which attributes to map from the source
        /// object into the target object and how they should flow. A number of
        /// functions are available to support the transformation of the
        /// original source values.
        #[serde(
            rename = "attributeMappings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub attribute_mappings: ::std::vec::Vec<MicrosoftGraphAttributeMapping>,
        ///When true, this object mapping will be processed during
        /// synchronization. When false, this object mapping will be skipped.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "flowTypes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub flow_types: ::std::option::Option<MicrosoftGraphObjectFlowTypes>,
        ///Additional extension properties. Unless mentioned explicitly,
        /// metadata values should not be changed.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metadata: ::std::vec::Vec<MicrosoftGraphObjectMappingMetadataEntry>,
        ///Human-friendly name of the object mapping.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<MicrosoftGraphFilter>,
        ///Name of the object in the source directory. Must match the object
        /// name from the source directory definition.
        #[serde(
            rename = "sourceObjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_object_name: ::std::option::Option<::std::string::String>,
        ///Name of the object in target directory. Must match the object name
        /// from the target directory definition.
        #[serde(
            rename = "targetObjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_object_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphObjectMappingMetadata`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphObjectMappingMetadata {
        EscrowBehavior,
        DisableMonitoringForChanges,
        OriginalJoiningProperty,
        Disposition,
        IsCustomerDefined,
        ExcludeFromReporting,
        Unsynchronized,
    }

    impl ::std::fmt::Display for MicrosoftGraphObjectMappingMetadata {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EscrowBehavior => f.write_str("EscrowBehavior"),
                Self::DisableMonitoringForChanges => f.write_str("DisableMonitoringForChanges"),
                Self::OriginalJoiningProperty => f.write_str("OriginalJoiningProperty"),
                Self::Disposition => f.write_str("Disposition"),
                Self::IsCustomerDefined => f.write_str("IsCustomerDefined"),
                Self::ExcludeFromReporting => f.write_str("ExcludeFromReporting"),
                Self::Unsynchronized => f.write_str("Unsynchronized"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphObjectMappingMetadata {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "EscrowBehavior" => Ok(Self::EscrowBehavior),
                "DisableMonitoringForChanges" => Ok(Self::DisableMonitoringForChanges),
                "OriginalJoiningProperty" => Ok(Self::OriginalJoiningProperty),
                "Disposition" => Ok(Self::Disposition),
                "IsCustomerDefined" => Ok(Self::IsCustomerDefined),
                "ExcludeFromReporting" => Ok(Self::ExcludeFromReporting),
                "Unsynchronized" => Ok(Self::Unsynchronized),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphObjectMappingMetadata {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphObjectMappingMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphObjectMappingMetadataEntry`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphObjectMappingMetadataEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<MicrosoftGraphObjectMappingMetadata>,
        ///Value of the metadata property.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphParseExpressionResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphParseExpressionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<MicrosoftGraphPublicError>,
        ///A collection of values produced by the evaluation of the expression.
        #[serde(
            rename = "evaluationResult",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub evaluation_result: ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        ///true if the evaluation was successful.
        #[serde(
            rename = "evaluationSucceeded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub evaluation_succeeded: ::std::option::Option<bool>,
        #[serde(
            rename = "parsedExpression",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parsed_expression: ::std::option::Option<MicrosoftGraphAttributeMappingSource>,
        ///true if the expression was parsed successfully.
        #[serde(
            rename = "parsingSucceeded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parsing_succeeded: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphPublicError`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphPublicError {
        ///Represents the error code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///Details of the error.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<MicrosoftGraphPublicErrorDetail>,
        #[serde(
            rename = "innerError",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub inner_error: ::std::option::Option<MicrosoftGraphPublicInnerError>,
        ///A non-localized message for the developer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The target of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphPublicErrorDetail`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphPublicErrorDetail {
        ///The error code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The target of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphPublicInnerError`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphPublicInnerError {
        ///The error code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///A collection of error details.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub details: ::std::vec::Vec<MicrosoftGraphPublicErrorDetail>,
        ///The error message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The target of the error.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphQuarantineReason`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphQuarantineReason {
        EncounteredBaseEscrowThreshold,
        EncounteredTotalEscrowThreshold,
        EncounteredEscrowProportionThreshold,
        EncounteredQuarantineException,
        Unknown,
        QuarantinedOnDemand,
        TooManyDeletes,
        IngestionInterrupted,
    }

    impl ::std::fmt::Display for MicrosoftGraphQuarantineReason {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EncounteredBaseEscrowThreshold => {
                    f.write_str("EncounteredBaseEscrowThreshold")
                }
                Self::EncounteredTotalEscrowThreshold => {
                    f.write_str("EncounteredTotalEscrowThreshold")
                }
                Self::EncounteredEscrowProportionThreshold => {
                    f.write_str("EncounteredEscrowProportionThreshold")
                }
                Self::EncounteredQuarantineException => {
                    f.write_str("EncounteredQuarantineException")
                }
                Self::Unknown => f.write_str("Unknown"),
                Self::QuarantinedOnDemand => f.write_str("QuarantinedOnDemand"),
                Self::TooManyDeletes => f.write_str("TooManyDeletes"),
                Self::IngestionInterrupted => f.write_str("IngestionInterrupted"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphQuarantineReason {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "EncounteredBaseEscrowThreshold" => Ok(Self::EncounteredBaseEscrowThreshold),
                "EncounteredTotalEscrowThreshold" => Ok(Self::EncounteredTotalEscrowThreshold),
                "EncounteredEscrowProportionThreshold" => {
                    Ok(Self::EncounteredEscrowProportionThreshold)
                }
                "EncounteredQuarantineException" => Ok(Self::EncounteredQuarantineException),
                "Unknown" => Ok(Self::Unknown),
                "QuarantinedOnDemand" => Ok(Self::QuarantinedOnDemand),
                "TooManyDeletes" => Ok(Self::TooManyDeletes),
                "IngestionInterrupted" => Ok(Self::IngestionInterrupted),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphQuarantineReason {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphQuarantineReason {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphReferencedObject`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphReferencedObject {
        ///Name of the referenced object. Must match one of the objects in the
        /// directory definition.
        #[serde(
            rename = "referencedObjectName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub referenced_object_name: ::std::option::Option<::std::string::String>,
        ///Currently not supported. Name of the property in the referenced
        /// object, the value for which is used as the reference.
        #[serde(
            rename = "referencedProperty",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub referenced_property: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphScopeOperatorMultiValuedComparisonType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphScopeOperatorMultiValuedComparisonType {
        All,
        Any,
    }

    impl ::std::fmt::Display for MicrosoftGraphScopeOperatorMultiValuedComparisonType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::All => f.write_str("All"),
                Self::Any => f.write_str("Any"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphScopeOperatorMultiValuedComparisonType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "All" => Ok(Self::All),
                "Any" => Ok(Self::Any),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphScopeOperatorMultiValuedComparisonType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for MicrosoftGraphScopeOperatorMultiValuedComparisonType
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphScopeOperatorType`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphScopeOperatorType {
        Binary,
        Unary,
    }

    impl ::std::fmt::Display for MicrosoftGraphScopeOperatorType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Binary => f.write_str("Binary"),
                Self::Unary => f.write_str("Unary"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphScopeOperatorType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Binary" => Ok(Self::Binary),
                "Unary" => Ok(Self::Unary),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphScopeOperatorType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphScopeOperatorType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphStringKeyAttributeMappingSourceValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphStringKeyAttributeMappingSourceValuePair {
        ///The name of the parameter.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<MicrosoftGraphAttributeMappingSource>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphStringKeyLongValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphStringKeyLongValuePair {
        ///The mapping of the user type from the source system to the target
        /// system. For example:User to User - For Microsoft Entra ID to
        /// Microsoft Entra ID synchronization worker to user - For Workday to
        /// Microsoft Entra synchronization.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Total number of synchronized objects.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphStringKeyObjectValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphStringKeyObjectValuePair {
        ///Key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphStringKeyStringValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphStringKeyStringValuePair {
        ///Key.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<::std::string::String>,
        ///Value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronization`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronization {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub jobs: ::std::option::Option<MicrosoftGraphSynchronizationJobs>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub secrets: ::std::option::Option<MicrosoftGraphSynchronizationSecrets>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub templates: ::std::option::Option<MicrosoftGraphSynchronizationTemplates>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationError`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationError {
        ///The error code. For example,
        /// AzureDirectoryB2BManagementPolicyCheckFailure.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///The error message. For example, Policy permitting auto-redemption of
        /// invitations not configured.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        ///The action to take to resolve the error. For example, false.
        #[serde(
            rename = "tenantActionable",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_actionable: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationId {}
    ///`MicrosoftGraphSynchronizationJob`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJob {
        #[serde(
            rename = "bulkUpload",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub bulk_upload: ::std::option::Option<MicrosoftGraphSynchronizationJobBulkUpload>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationJobId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schedule: ::std::option::Option<MicrosoftGraphSynchronizationSchedule>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schema: ::std::option::Option<MicrosoftGraphSynchronizationJobSchema>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<MicrosoftGraphSynchronizationStatus>,
        #[serde(
            rename = "synchronizationJobSettings",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub synchronization_job_settings:
            ::std::option::Option<MicrosoftGraphSynchronizationJobSynchronizationJobSettings>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<MicrosoftGraphSynchronizationJobTemplateId>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobApplicationParameters`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobApplicationParameters {
        ///The identifier of the synchronizationRule to be applied. This rule
        /// ID is defined in the schema for a given synchronization job or
        /// template.
        #[serde(
            rename = "ruleId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub rule_id: ::std::option::Option<::std::string::String>,
        ///The identifiers of one or more objects to which a synchronizationJob
        /// is to be applied.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub subjects: ::std::vec::Vec<MicrosoftGraphSynchronizationJobSubject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobBulkUpload`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobBulkUpload {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationJobBulkUploadId>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobBulkUploadId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobBulkUploadId {}
    ///`MicrosoftGraphSynchronizationJobCollectionResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobCollectionResponse {
        #[serde(
            rename = "@odata.nextLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odata_next_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationJob>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobId {}
    ///`MicrosoftGraphSynchronizationJobRestartCriteria`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobRestartCriteria {
        #[serde(
            rename = "resetScope",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub reset_scope: ::std::option::Option<MicrosoftGraphSynchronizationJobRestartScope>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobRestartScope`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationJobRestartScope {
        None,
        ConnectorDataStore,
        Escrows,
        Watermark,
        QuarantineState,
        Full,
        ForceDeletes,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationJobRestartScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("None"),
                Self::ConnectorDataStore => f.write_str("ConnectorDataStore"),
                Self::Escrows => f.write_str("Escrows"),
                Self::Watermark => f.write_str("Watermark"),
                Self::QuarantineState => f.write_str("QuarantineState"),
                Self::Full => f.write_str("Full"),
                Self::ForceDeletes => f.write_str("ForceDeletes"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationJobRestartScope {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "None" => Ok(Self::None),
                "ConnectorDataStore" => Ok(Self::ConnectorDataStore),
                "Escrows" => Ok(Self::Escrows),
                "Watermark" => Ok(Self::Watermark),
                "QuarantineState" => Ok(Self::QuarantineState),
                "Full" => Ok(Self::Full),
                "ForceDeletes" => Ok(Self::ForceDeletes),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationJobRestartScope {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for MicrosoftGraphSynchronizationJobRestartScope
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationJobSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub directories: ::std::option::Option<MicrosoftGraphSynchronizationJobSchemaDirectories>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationJobSchemaId>,
        #[serde(
            rename = "synchronizationRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub synchronization_rules:
            ::std::option::Option<MicrosoftGraphSynchronizationJobSchemaSynchronizationRules>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<MicrosoftGraphSynchronizationJobSchemaVersion>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobSchemaDirectories`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobSchemaDirectories {}
    ///`MicrosoftGraphSynchronizationJobSchemaId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobSchemaId {}
    ///`MicrosoftGraphSynchronizationJobSchemaSynchronizationRules`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobSchemaSynchronizationRules {}
    ///`MicrosoftGraphSynchronizationJobSchemaVersion`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobSchemaVersion {}
    ///`MicrosoftGraphSynchronizationJobSubject`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationJobSubject {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub links: ::std::option::Option<MicrosoftGraphSynchronizationLinkedObjects>,
        ///The identifier of an object to which a synchronizationJob is to be
        /// applied. Can be one of the following: An onPremisesDistinguishedName
        /// for synchronization from Active Directory to Azure AD.The user ID
        /// for synchronization from Microsoft Entra ID to a third-party.The
        /// Worker ID of the Workday worker for synchronization from Workday to
        /// either Active Directory or Microsoft Entra ID.
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::std::string::String>,
        ///The type of the object to which a synchronizationJob is to be
        /// applied. Can be one of the following: user for synchronizing between
        /// Active Directory and Azure AD.User for synchronizing a user between
        /// Microsoft Entra ID and a third-party application. Worker for
        /// synchronization a user between Workday and either Active Directory
        /// or Microsoft Entra ID.Group for synchronizing a group between
        /// Microsoft Entra ID and a third-party application.
        #[serde(
            rename = "objectTypeName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_type_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationJobSynchronizationJobSettings`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobSynchronizationJobSettings {}
    ///`MicrosoftGraphSynchronizationJobTemplateId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobTemplateId {}
    ///`MicrosoftGraphSynchronizationJobs`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationJobs {}
    ///`MicrosoftGraphSynchronizationLinkedObjects`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationLinkedObjects {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manager:
            ::std::option::Option<::std::boxed::Box<MicrosoftGraphSynchronizationJobSubject>>,
        ///All group members that you would like to provision.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<MicrosoftGraphSynchronizationJobSubject>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub owners: ::std::vec::Vec<MicrosoftGraphSynchronizationJobSubject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationMetadata`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationMetadata {
        GalleryApplicationIdentifier,
        GalleryApplicationKey,
        IsOAuthEnabled,
        IsSynchronizationAgentAssignmentRequired,
        IsSynchronizationAgentRequired,
        IsSynchronizationInPreview,
        OAuthSettings,
        SynchronizationLearnMoreIbizaFwLink,
        ConfigurationFields,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationMetadata {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::GalleryApplicationIdentifier => f.write_str("GalleryApplicationIdentifier"),
                Self::GalleryApplicationKey => f.write_str("GalleryApplicationKey"),
                Self::IsOAuthEnabled => f.write_str("IsOAuthEnabled"),
                Self::IsSynchronizationAgentAssignmentRequired => {
                    f.write_str("IsSynchronizationAgentAssignmentRequired")
                }
                Self::IsSynchronizationAgentRequired => {
                    f.write_str("IsSynchronizationAgentRequired")
                }
                Self::IsSynchronizationInPreview => f.write_str("IsSynchronizationInPreview"),
                Self::OAuthSettings => f.write_str("OAuthSettings"),
                Self::SynchronizationLearnMoreIbizaFwLink => {
                    f.write_str("SynchronizationLearnMoreIbizaFwLink")
                }
                Self::ConfigurationFields => f.write_str("ConfigurationFields"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationMetadata {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "GalleryApplicationIdentifier" => Ok(Self::GalleryApplicationIdentifier),
                "GalleryApplicationKey" => Ok(Self::GalleryApplicationKey),
                "IsOAuthEnabled" => Ok(Self::IsOAuthEnabled),
                "IsSynchronizationAgentAssignmentRequired" => {
                    Ok(Self::IsSynchronizationAgentAssignmentRequired)
                }
                "IsSynchronizationAgentRequired" => Ok(Self::IsSynchronizationAgentRequired),
                "IsSynchronizationInPreview" => Ok(Self::IsSynchronizationInPreview),
                "OAuthSettings" => Ok(Self::OAuthSettings),
                "SynchronizationLearnMoreIbizaFwLink" => {
                    Ok(Self::SynchronizationLearnMoreIbizaFwLink)
                }
                "ConfigurationFields" => Ok(Self::ConfigurationFields),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationMetadata {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphSynchronizationMetadata {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationMetadataEntry`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationMetadataEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<MicrosoftGraphSynchronizationMetadata>,
        ///Value of the metadata property.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationProgress`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationProgress {
        ///The numerator of a progress ratio; the number of units of changes
        /// already processed.
        #[serde(
            rename = "completedUnits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub completed_units: ::std::option::Option<i64>,
        ///The time of a progress observation as an offset in minutes from UTC.
        #[serde(
            rename = "progressObservationDateTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub progress_observation_date_time:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The denominator of a progress ratio; a number of units of changes to
        /// be processed to accomplish synchronization.
        #[serde(
            rename = "totalUnits",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub total_units: ::std::option::Option<i64>,
        ///An optional description of the units.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub units: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationQuarantine`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationQuarantine {
        ///Date and time when the quarantine was last evaluated and imposed.
        /// The Timestamp type represents date and time information using ISO
        /// 8601 format and is always in UTC time. For example, midnight UTC on
        /// Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "currentBegan",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub current_began: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<MicrosoftGraphSynchronizationError>,
        ///Date and time when the next attempt to re-evaluate the quarantine
        /// will be made. The Timestamp type represents date and time
        /// information using ISO 8601 format and is always in UTC time. For
        /// example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "nextAttempt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_attempt: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reason: ::std::option::Option<MicrosoftGraphQuarantineReason>,
        ///Date and time when the quarantine was first imposed in this series
        /// (a series starts when a quarantine is first imposed, and is reset as
        /// soon as the quarantine is lifted). The Timestamp type represents
        /// date and time information using ISO 8601 format and is always in UTC
        /// time. For example, midnight UTC on Jan 1, 2014 is
        /// 2014-01-01T00:00:00Z.
        #[serde(
            rename = "seriesBegan",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub series_began: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Number of times in this series the quarantine was re-evaluated and
        /// left in effect (a series starts when quarantine is first imposed,
        /// and is reset as soon as quarantine is lifted).
        #[serde(
            rename = "seriesCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub series_count: ::std::option::Option<i64>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationRule`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationRule {
        #[serde(
            rename = "containerFilter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub container_filter: ::std::option::Option<MicrosoftGraphContainerFilter>,
        ///true if the synchronization rule can be customized; false if this
        /// rule is read-only and shouldn't be changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub editable: ::std::option::Option<bool>,
        #[serde(
            rename = "groupFilter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_filter: ::std::option::Option<MicrosoftGraphGroupFilter>,
        ///Synchronization rule identifier. Must be one of the identifiers
        /// recognized by the synchronization engine. Supported rule identifiers
        /// can be found in the synchronization template returned by the API.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Additional extension properties. Unless instructed explicitly by the
        /// support team, metadata values shouldn't be changed.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub metadata: ::std::vec::Vec<MicrosoftGraphStringKeyStringValuePair>,
        ///Human-readable name of the synchronization rule. Not nullable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Collection of object mappings supported by the rule. Tells the
        /// synchronization engine which objects should be synchronized.
        #[serde(
            rename = "objectMappings",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub object_mappings: ::std::vec::Vec<MicrosoftGraphObjectMapping>,
        ///Priority relative to other rules in the synchronizationSchema. Rules
        /// with the lowest priority number will be processed first.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub priority: ::std::option::Option<i32>,
        ///Name of the source directory. Must match one of the directory
        /// definitions in synchronizationSchema.
        #[serde(
            rename = "sourceDirectoryName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub source_directory_name: ::std::option::Option<::std::string::String>,
        ///Name of the target directory. Must match one of the directory
        /// definitions in synchronizationSchema.
        #[serde(
            rename = "targetDirectoryName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_directory_name: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationSchedule`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationSchedule {
        ///Date and time when this job expires. The Timestamp type represents
        /// date and time information using ISO 8601 format and is always in UTC
        /// time. For example, midnight UTC on Jan 1, 2014 is
        /// 2014-01-01T00:00:00Z.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expiration: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The interval between synchronization iterations. The value is
        /// represented in ISO 8601  format for durations. For example, P1M
        /// represents a period of one month and PT1M represents a period of one
        /// minute.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub interval: ::std::option::Option<MicrosoftGraphSynchronizationScheduleInterval>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<MicrosoftGraphSynchronizationScheduleState>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///The interval between synchronization iterations. The value is
    /// represented in ISO 8601  format for durations. For example, P1M
    /// represents a period of one month and PT1M represents a period of one
    /// minute.
    #[derive(:: serde :: Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct MicrosoftGraphSynchronizationScheduleInterval(::std::string::String);
    impl ::std::ops::Deref for MicrosoftGraphSynchronizationScheduleInterval {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<MicrosoftGraphSynchronizationScheduleInterval> for ::std::string::String {
        fn from(value: MicrosoftGraphSynchronizationScheduleInterval) -> Self {
            value.0
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationScheduleInterval {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            static PATTERN: ::std::sync::LazyLock<::regress::Regex> =
                ::std::sync::LazyLock::new(|| {
                    ::regress::Regex::new(
                        "^-?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$",
                    )
                    .unwrap()
                });
            if PATTERN.find(value).is_none() {
                return Err ("doesn't match pattern \"^-?P([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$\"" . into ()) ;
            }
            Ok(Self(value.to_string()))
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationScheduleInterval {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for MicrosoftGraphSynchronizationScheduleInterval
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl<'de> ::serde::Deserialize<'de> for MicrosoftGraphSynchronizationScheduleInterval {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }

    ///`MicrosoftGraphSynchronizationScheduleState`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationScheduleState {
        Active,
        Disabled,
        Paused,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationScheduleState {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("Active"),
                Self::Disabled => f.write_str("Disabled"),
                Self::Paused => f.write_str("Paused"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationScheduleState {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Active" => Ok(Self::Active),
                "Disabled" => Ok(Self::Disabled),
                "Paused" => Ok(Self::Paused),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationScheduleState {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphSynchronizationScheduleState {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub directories: ::std::option::Option<MicrosoftGraphSynchronizationSchemaDirectories>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationSchemaId>,
        #[serde(
            rename = "synchronizationRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub synchronization_rules:
            ::std::option::Option<MicrosoftGraphSynchronizationSchemaSynchronizationRules>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<MicrosoftGraphSynchronizationSchemaVersion>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationSchemaDirectories`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationSchemaDirectories {}
    ///`MicrosoftGraphSynchronizationSchemaId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationSchemaId {}
    ///`MicrosoftGraphSynchronizationSchemaSynchronizationRules`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationSchemaSynchronizationRules {}
    ///`MicrosoftGraphSynchronizationSchemaVersion`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationSchemaVersion {}
    ///`MicrosoftGraphSynchronizationSecret`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationSecret {
        None,
        UserName,
        Password,
        SecretToken,
        AppKey,
        BaseAddress,
        ClientIdentifier,
        ClientSecret,
        SingleSignOnType,
        Sandbox,
        Url,
        Domain,
        ConsumerKey,
        ConsumerSecret,
        TokenKey,
        TokenExpiration,
        Oauth2AccessToken,
        Oauth2AccessTokenCreationTime,
        Oauth2RefreshToken,
        SyncAll,
        InstanceName,
        Oauth2ClientId,
        Oauth2ClientSecret,
        CompanyId,
        UpdateKeyOnSoftDelete,
        SynchronizationSchedule,
        SystemOfRecord,
        SandboxName,
        EnforceDomain,
        SyncNotificationSettings,
        SkipOutOfScopeDeletions,
        Oauth2AuthorizationCode,
        Oauth2RedirectUri,
        ApplicationTemplateIdentifier,
        Oauth2TokenExchangeUri,
        Oauth2AuthorizationUri,
        AuthenticationType,
        Server,
        PerformInboundEntitlementGrants,
        HardDeletesEnabled,
        SyncAgentCompatibilityKey,
        #[serde(rename = "SyncAgentADContainer")]
        SyncAgentAdContainer,
        ValidateDomain,
        TestReferences,
        ConnectionString,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationSecret {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("None"),
                Self::UserName => f.write_str("UserName"),
                Self::Password => f.write_str("Password"),
                Self::SecretToken => f.write_str("SecretToken"),
                Self::AppKey => f.write_str("AppKey"),
                Self::BaseAddress => f.write_str("BaseAddress"),
                Self::ClientIdentifier => f.write_str("ClientIdentifier"),
                Self::ClientSecret => f.write_str("ClientSecret"),
                Self::SingleSignOnType => f.write_str("SingleSignOnType"),
                Self::Sandbox => f.write_str("Sandbox"),
                Self::Url => f.write_str("Url"),
                Self::Domain => f.write_str("Domain"),
                Self::ConsumerKey => f.write_str("ConsumerKey"),
                Self::ConsumerSecret => f.write_str("ConsumerSecret"),
                Self::TokenKey => f.write_str("TokenKey"),
                Self::TokenExpiration => f.write_str("TokenExpiration"),
                Self::Oauth2AccessToken => f.write_str("Oauth2AccessToken"),
                Self::Oauth2AccessTokenCreationTime => f.write_str("Oauth2AccessTokenCreationTime"),
                Self::Oauth2RefreshToken => f.write_str("Oauth2RefreshToken"),
                Self::SyncAll => f.write_str("SyncAll"),
                Self::InstanceName => f.write_str("InstanceName"),
                Self::Oauth2ClientId => f.write_str("Oauth2ClientId"),
                Self::Oauth2ClientSecret => f.write_str("Oauth2ClientSecret"),
                Self::CompanyId => f.write_str("CompanyId"),
                Self::UpdateKeyOnSoftDelete => f.write_str("UpdateKeyOnSoftDelete"),
                Self::SynchronizationSchedule => f.write_str("SynchronizationSchedule"),
                Self::SystemOfRecord => f.write_str("SystemOfRecord"),
                Self::SandboxName => f.write_str("SandboxName"),
                Self::EnforceDomain => f.write_str("EnforceDomain"),
                Self::SyncNotificationSettings => f.write_str("SyncNotificationSettings"),
                Self::SkipOutOfScopeDeletions => f.write_str("SkipOutOfScopeDeletions"),
                Self::Oauth2AuthorizationCode => f.write_str("Oauth2AuthorizationCode"),
                Self::Oauth2RedirectUri => f.write_str("Oauth2RedirectUri"),
                Self::ApplicationTemplateIdentifier => f.write_str("ApplicationTemplateIdentifier"),
                Self::Oauth2TokenExchangeUri => f.write_str("Oauth2TokenExchangeUri"),
                Self::Oauth2AuthorizationUri => f.write_str("Oauth2AuthorizationUri"),
                Self::AuthenticationType => f.write_str("AuthenticationType"),
                Self::Server => f.write_str("Server"),
                Self::PerformInboundEntitlementGrants => {
                    f.write_str("PerformInboundEntitlementGrants")
                }
                Self::HardDeletesEnabled => f.write_str("HardDeletesEnabled"),
                Self::SyncAgentCompatibilityKey => f.write_str("SyncAgentCompatibilityKey"),
                Self::SyncAgentAdContainer => f.write_str("SyncAgentADContainer"),
                Self::ValidateDomain => f.write_str("ValidateDomain"),
                Self::TestReferences => f.write_str("TestReferences"),
                Self::ConnectionString => f.write_str("ConnectionString"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationSecret {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "None" => Ok(Self::None),
                "UserName" => Ok(Self::UserName),
                "Password" => Ok(Self::Password),
                "SecretToken" => Ok(Self::SecretToken),
                "AppKey" => Ok(Self::AppKey),
                "BaseAddress" => Ok(Self::BaseAddress),
                "ClientIdentifier" => Ok(Self::ClientIdentifier),
                "ClientSecret" => Ok(Self::ClientSecret),
                "SingleSignOnType" => Ok(Self::SingleSignOnType),
                "Sandbox" => Ok(Self::Sandbox),
                "Url" => Ok(Self::Url),
                "Domain" => Ok(Self::Domain),
                "ConsumerKey" => Ok(Self::ConsumerKey),
                "ConsumerSecret" => Ok(Self::ConsumerSecret),
                "TokenKey" => Ok(Self::TokenKey),
                "TokenExpiration" => Ok(Self::TokenExpiration),
                "Oauth2AccessToken" => Ok(Self::Oauth2AccessToken),
                "Oauth2AccessTokenCreationTime" => Ok(Self::Oauth2AccessTokenCreationTime),
                "Oauth2RefreshToken" => Ok(Self::Oauth2RefreshToken),
                "SyncAll" => Ok(Self::SyncAll),
                "InstanceName" => Ok(Self::InstanceName),
                "Oauth2ClientId" => Ok(Self::Oauth2ClientId),
                "Oauth2ClientSecret" => Ok(Self::Oauth2ClientSecret),
                "CompanyId" => Ok(Self::CompanyId),
                "UpdateKeyOnSoftDelete" => Ok(Self::UpdateKeyOnSoftDelete),
                "SynchronizationSchedule" => Ok(Self::SynchronizationSchedule),
                "SystemOfRecord" => Ok(Self::SystemOfRecord),
                "SandboxName" => Ok(Self::SandboxName),
                "EnforceDomain" => Ok(Self::EnforceDomain),
                "SyncNotificationSettings" => Ok(Self::SyncNotificationSettings),
                "SkipOutOfScopeDeletions" => Ok(Self::SkipOutOfScopeDeletions),
                "Oauth2AuthorizationCode" => Ok(Self::Oauth2AuthorizationCode),
                "Oauth2RedirectUri" => Ok(Self::Oauth2RedirectUri),
                "ApplicationTemplateIdentifier" => Ok(Self::ApplicationTemplateIdentifier),
                "Oauth2TokenExchangeUri" => Ok(Self::Oauth2TokenExchangeUri),
                "Oauth2AuthorizationUri" => Ok(Self::Oauth2AuthorizationUri),
                "AuthenticationType" => Ok(Self::AuthenticationType),
                "Server" => Ok(Self::Server),
                "PerformInboundEntitlementGrants" => Ok(Self::PerformInboundEntitlementGrants),
                "HardDeletesEnabled" => Ok(Self::HardDeletesEnabled),
                "SyncAgentCompatibilityKey" => Ok(Self::SyncAgentCompatibilityKey),
                "SyncAgentADContainer" => Ok(Self::SyncAgentAdContainer),
                "ValidateDomain" => Ok(Self::ValidateDomain),
                "TestReferences" => Ok(Self::TestReferences),
                "ConnectionString" => Ok(Self::ConnectionString),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationSecret {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphSynchronizationSecret {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationSecretKeyStringValuePair`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationSecretKeyStringValuePair {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub key: ::std::option::Option<MicrosoftGraphSynchronizationSecret>,
        ///The value of the secret.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationSecrets`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationSecrets {}
    ///`MicrosoftGraphSynchronizationStatus`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationStatus {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<MicrosoftGraphSynchronizationStatusCode>,
        ///Number of consecutive times this job failed.
        #[serde(
            rename = "countSuccessiveCompleteFailures",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_successive_complete_failures: ::std::option::Option<i64>,
        ///true if the job's escrows (object-level errors) were pruned during
        /// initial synchronization. Escrows can be pruned if during the initial
        /// synchronization, you reach the threshold of errors that would
        /// normally put the job in quarantine. Instead of going into
        /// quarantine, the synchronization process clears the job's errors and
        /// continues until the initial synchronization is completed. When the
        /// initial synchronization is completed, the job will pause and wait
        /// for the customer to clean up the errors.
        #[serde(
            rename = "escrowsPruned",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub escrows_pruned: ::std::option::Option<bool>,
        #[serde(
            rename = "lastExecution",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_execution: ::std::option::Option<MicrosoftGraphSynchronizationTaskExecution>,
        #[serde(
            rename = "lastSuccessfulExecution",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_successful_execution:
            ::std::option::Option<MicrosoftGraphSynchronizationTaskExecution>,
        #[serde(
            rename = "lastSuccessfulExecutionWithExports",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_successful_execution_with_exports:
            ::std::option::Option<MicrosoftGraphSynchronizationTaskExecution>,
        ///Details of the progress of a job toward completion.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub progress: ::std::vec::Vec<MicrosoftGraphSynchronizationProgress>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub quarantine: ::std::option::Option<MicrosoftGraphSynchronizationQuarantine>,
        ///The time when steady state (no more changes to the process) was
        /// first achieved. The Timestamp type represents date and time
        /// information using ISO 8601 format and is always in UTC time. For
        /// example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "steadyStateFirstAchievedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steady_state_first_achieved_time:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///The time when steady state (no more changes to the process) was last
        /// achieved. The Timestamp type represents date and time information
        /// using ISO 8601 format and is always in UTC time. For example,
        /// midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "steadyStateLastAchievedTime",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub steady_state_last_achieved_time:
            ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Count of synchronized objects, listed by object type.
        #[serde(
            rename = "synchronizedEntryCountByType",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub synchronized_entry_count_by_type: ::std::vec::Vec<MicrosoftGraphStringKeyLongValuePair>,
        ///In the event of an error, the URL with the troubleshooting steps for
        /// the issue.
        #[serde(
            rename = "troubleshootingUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub troubleshooting_url: ::std::option::Option<::std::string::String>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationStatusCode`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationStatusCode {
        NotConfigured,
        NotRun,
        Active,
        Paused,
        Quarantine,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationStatusCode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::NotConfigured => f.write_str("NotConfigured"),
                Self::NotRun => f.write_str("NotRun"),
                Self::Active => f.write_str("Active"),
                Self::Paused => f.write_str("Paused"),
                Self::Quarantine => f.write_str("Quarantine"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationStatusCode {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "NotConfigured" => Ok(Self::NotConfigured),
                "NotRun" => Ok(Self::NotRun),
                "Active" => Ok(Self::Active),
                "Paused" => Ok(Self::Paused),
                "Quarantine" => Ok(Self::Quarantine),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationStatusCode {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for MicrosoftGraphSynchronizationStatusCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationTaskExecution`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationTaskExecution {
        ///Identifier of the job run.
        #[serde(
            rename = "activityIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub activity_identifier: ::std::option::Option<::std::string::String>,
        ///Count of processed entries that were assigned for this application.
        #[serde(
            rename = "countEntitled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_entitled: ::std::option::Option<i64>,
        ///Count of processed entries that were assigned for provisioning.
        #[serde(
            rename = "countEntitledForProvisioning",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_entitled_for_provisioning: ::std::option::Option<i64>,
        ///Count of entries that were escrowed (errors).
        #[serde(
            rename = "countEscrowed",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_escrowed: ::std::option::Option<i64>,
        ///Count of entries that were escrowed, including system-generated
        /// escrows.
        #[serde(
            rename = "countEscrowedRaw",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_escrowed_raw: ::std::option::Option<i64>,
        ///Count of exported entries.
        #[serde(
            rename = "countExported",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_exported: ::std::option::Option<i64>,
        ///Count of entries that were expected to be exported.
        #[serde(
            rename = "countExports",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_exports: ::std::option::Option<i64>,
        ///Count of imported entries.
        #[serde(
            rename = "countImported",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_imported: ::std::option::Option<i64>,
        ///Count of imported delta-changes.
        #[serde(
            rename = "countImportedDeltas",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_imported_deltas: ::std::option::Option<i64>,
        ///Count of imported delta-changes pertaining to reference changes.
        #[serde(
            rename = "countImportedReferenceDeltas",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub count_imported_reference_deltas: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<MicrosoftGraphSynchronizationError>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<MicrosoftGraphSynchronizationTaskExecutionResult>,
        ///Time when this job run began. The Timestamp type represents date and
        /// time information using ISO 8601 format and is always in UTC time.
        /// For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "timeBegan",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_began: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        ///Time when this job run ended. The Timestamp type represents date and
        /// time information using ISO 8601 format and is always in UTC time.
        /// For example, midnight UTC on Jan 1, 2014 is 2014-01-01T00:00:00Z.
        #[serde(
            rename = "timeEnded",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub time_ended: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationTaskExecutionResult`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum MicrosoftGraphSynchronizationTaskExecutionResult {
        Succeeded,
        Failed,
        EntryLevelErrors,
    }

    impl ::std::fmt::Display for MicrosoftGraphSynchronizationTaskExecutionResult {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Succeeded => f.write_str("Succeeded"),
                Self::Failed => f.write_str("Failed"),
                Self::EntryLevelErrors => f.write_str("EntryLevelErrors"),
            }
        }
    }

    impl ::std::str::FromStr for MicrosoftGraphSynchronizationTaskExecutionResult {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Succeeded" => Ok(Self::Succeeded),
                "Failed" => Ok(Self::Failed),
                "EntryLevelErrors" => Ok(Self::EntryLevelErrors),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for MicrosoftGraphSynchronizationTaskExecutionResult {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String>
        for MicrosoftGraphSynchronizationTaskExecutionResult
    {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`MicrosoftGraphSynchronizationTemplate`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationTemplate {
        #[serde(
            rename = "applicationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_id:
            ::std::option::Option<MicrosoftGraphSynchronizationTemplateApplicationId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default: ::std::option::Option<MicrosoftGraphSynchronizationTemplateDefault>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<MicrosoftGraphSynchronizationTemplateDescription>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub discoverable: ::std::option::Option<MicrosoftGraphSynchronizationTemplateDiscoverable>,
        #[serde(
            rename = "factoryTag",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub factory_tag: ::std::option::Option<MicrosoftGraphSynchronizationTemplateFactoryTag>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationTemplateId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<MicrosoftGraphSynchronizationTemplateMetadata>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub schema: ::std::option::Option<MicrosoftGraphSynchronizationTemplateSchema>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationTemplateApplicationId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateApplicationId {}
    ///`MicrosoftGraphSynchronizationTemplateCollectionResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationTemplateCollectionResponse {
        #[serde(
            rename = "@odata.nextLink",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub odata_next_link: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationTemplate>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationTemplateDefault`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateDefault {}
    ///`MicrosoftGraphSynchronizationTemplateDescription`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateDescription {}
    ///`MicrosoftGraphSynchronizationTemplateDiscoverable`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateDiscoverable {}
    ///`MicrosoftGraphSynchronizationTemplateFactoryTag`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateFactoryTag {}
    ///`MicrosoftGraphSynchronizationTemplateId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateId {}
    ///`MicrosoftGraphSynchronizationTemplateMetadata`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateMetadata {}
    ///`MicrosoftGraphSynchronizationTemplateSchema`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MicrosoftGraphSynchronizationTemplateSchema {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub directories:
            ::std::option::Option<MicrosoftGraphSynchronizationTemplateSchemaDirectories>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<MicrosoftGraphSynchronizationTemplateSchemaId>,
        #[serde(
            rename = "synchronizationRules",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub synchronization_rules:
            ::std::option::Option<MicrosoftGraphSynchronizationTemplateSchemaSynchronizationRules>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub version: ::std::option::Option<MicrosoftGraphSynchronizationTemplateSchemaVersion>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`MicrosoftGraphSynchronizationTemplateSchemaDirectories`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateSchemaDirectories {}
    ///`MicrosoftGraphSynchronizationTemplateSchemaId`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateSchemaId {}
    ///`MicrosoftGraphSynchronizationTemplateSchemaSynchronizationRules`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateSchemaSynchronizationRules {}
    ///`MicrosoftGraphSynchronizationTemplateSchemaVersion`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplateSchemaVersion {}
    ///`MicrosoftGraphSynchronizationTemplates`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(deny_unknown_fields)]
    pub enum MicrosoftGraphSynchronizationTemplates {}
    ///`ODataCountResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ODataCountResponse(pub i32);
    impl ::std::ops::Deref for ODataCountResponse {
        type Target = i32;
        fn deref(&self) -> &i32 {
            &self.0
        }
    }

    impl ::std::convert::From<ODataCountResponse> for i32 {
        fn from(value: ODataCountResponse) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<i32> for ODataCountResponse {
        fn from(value: i32) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for ODataCountResponse {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for ODataCountResponse {
        type Err = <i32 as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for ODataCountResponse {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for ODataCountResponse {
        type Error = <i32 as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`ServicePrincipalSynchronizationAcquireAccessTokenBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationAcquireAccessTokenBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationJobProvisionOnDemandBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationJobProvisionOnDemandBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub parameters: ::std::vec::Vec<MicrosoftGraphSynchronizationJobApplicationParameters>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationJobRestartBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationJobRestartBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub criteria: ::std::option::Option<MicrosoftGraphSynchronizationJobRestartCriteria>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationJobSchemaParseExpressionBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationJobSchemaParseExpressionBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expression: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "targetAttributeDefinition",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_attribute_definition: ::std::option::Option<MicrosoftGraphAttributeDefinition>,
        #[serde(
            rename = "testInputObject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub test_input_object: ::std::option::Option<MicrosoftGraphExpressionInputObject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationJobValidateCredential2Body`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationJobValidateCredential2Body {
        #[serde(
            rename = "applicationIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_identifier: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "useSavedCredentials",
            default = "defaults::service_principal_synchronization_job_validate_credential2_body_use_saved_credentials"
        )]
        pub use_saved_credentials: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationJobValidateCredentialBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationJobValidateCredentialBody {
        #[serde(
            rename = "applicationIdentifier",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub application_identifier: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub credentials: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "useSavedCredentials",
            default = "defaults::service_principal_synchronization_job_validate_credential_body_use_saved_credentials"
        )]
        pub use_saved_credentials: ::std::option::Option<bool>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationSetSecretBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationSetSecretBody {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationSetSecretResponse`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationSetSecretResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub value: ::std::vec::Vec<MicrosoftGraphSynchronizationSecretKeyStringValuePair>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    ///`ServicePrincipalSynchronizationTemplateSchemaParseExpressionBody`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServicePrincipalSynchronizationTemplateSchemaParseExpressionBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub expression: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "targetAttributeDefinition",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub target_attribute_definition: ::std::option::Option<MicrosoftGraphAttributeDefinition>,
        #[serde(
            rename = "testInputObject",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub test_input_object: ::std::option::Option<MicrosoftGraphExpressionInputObject>,
        #[serde(flatten)]
        pub extra: ::std::collections::HashMap<
            ::std::string::String,
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }

    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn application_synchronization_job_validate_credential2_body_use_saved_credentials(
        ) -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }

        pub(super) fn application_synchronization_job_validate_credential_body_use_saved_credentials(
        ) -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }

        pub(super) fn service_principal_synchronization_job_validate_credential2_body_use_saved_credentials(
        ) -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }

        pub(super) fn service_principal_synchronization_job_validate_credential_body_use_saved_credentials(
        ) -> ::std::option::Option<bool> {
            ::std::option::Option::Some(false)
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}

#[derive(Clone, Debug)]
///Client for Applications
///
///Version: v1.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "v1.0"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
#[allow(clippy::all)]
impl Client {
    ///Get synchronization from applications
    ///
    ///Represents the capability for Microsoft Entra identity synchronization
    /// through the Microsoft Graph API.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_get_synchronization<'a>(
        &'a self,
        application_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronization>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_get_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property synchronization in applications
    ///
    ///Sends a `PUT` request to
    /// `/applications/{application-id}/synchronization`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: New navigation property values
    pub async fn application_set_synchronization<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronization,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronization>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_set_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property synchronization for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `if_match`: ETag
    pub async fn application_delete_synchronization<'a>(
        &'a self,
        application_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_delete_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get jobs from applications
    ///
    ///Performs synchronization by periodically running in the background,
    /// polling for changes in one directory, and pushing them to another
    /// directory.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_list_job<'a>(
        &'a self,
        application_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJobCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_list_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to jobs for applications
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: New navigation property
    pub async fn application_synchronization_create_job<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationJob,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_create_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get jobs from applications
    ///
    ///Performs synchronization by periodically running in the background,
    /// polling for changes in one directory, and pushing them to another
    /// directory.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_get_job<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_get_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property jobs for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn application_synchronization_delete_job<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_delete_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property jobs in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn application_synchronization_update_job<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationJob,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_update_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get bulkUpload from applications
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_job_get_bulk_upload<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphBulkUpload>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_get_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property bulkUpload for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn application_synchronization_job_delete_bulk_upload<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_delete_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property bulkUpload in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn application_synchronization_job_update_bulk_upload<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphBulkUpload,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphBulkUpload>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_update_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get media content for the navigation property bulkUpload from
    /// applications
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn application_synchronization_job_get_bulk_upload_content<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_get_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update media content for the navigation property bulkUpload in
    /// applications
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `PUT` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New media content.
    pub async fn application_synchronization_job_set_bulk_upload_content<
        'a,
        B: Into<reqwest::Body>,
    >(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: B,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .header(
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("application/octet-stream"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_set_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete media content for the navigation property bulkUpload in
    /// applications
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn application_synchronization_job_delete_bulk_upload_content<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_delete_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action pause
    ///
    ///Temporarily stop a running synchronization job. All the progress,
    /// including job state, is persisted, and the job will continue from where
    /// it left off when a start call is made.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.pause`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn application_synchronization_job_pause<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/microsoft.graph.pause",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_pause",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action provisionOnDemand
    ///
    ///Select a user and provision the account on-demand. The rate limit for
    /// this API is 5 requests per 10 seconds.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.provisionOnDemand`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn application_synchronization_job_provision_on_demand<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ApplicationSynchronizationJobProvisionOnDemandBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphStringKeyStringValuePair>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/microsoft.graph.provisionOnDemand",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_provision_on_demand",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action restart
    ///
    ///Restart a stopped synchronization job, forcing it to reprocess all the
    /// objects in the directory. Optionally clears existing the synchronization
    /// state and previous errors.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.restart`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn application_synchronization_job_restart<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ApplicationSynchronizationJobRestartBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/microsoft.graph.restart",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_restart",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action start
    ///
    ///Start an existing synchronization job. If the job is in a paused state,
    /// it continues processing changes from the point where it was paused. If
    /// the job is in quarantine, the quarantine status is cleared. Don't create
    /// scripts to call the start job continuously while it's running because
    /// that can cause the service to stop running. Use the start job only when
    /// the job is currently paused or in quarantine.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.start`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn application_synchronization_job_start<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/microsoft.graph.start",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_start",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action validateCredentials
    ///
    ///Validate that the credentials are valid in the tenant.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.validateCredentials`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn application_synchronization_job_validate_credential<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ApplicationSynchronizationJobValidateCredentialBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/microsoft.graph.validateCredentials",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_validate_credential",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get schema from applications
    ///
    ///The synchronization schema configured for the job.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_job_get_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_get_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property schema for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn application_synchronization_job_delete_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_delete_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property schema in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn application_synchronization_job_update_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationSchema,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_update_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from applications
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_job_schema_list_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinitionCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_list_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to directories for applications
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property
    pub async fn application_synchronization_job_schema_create_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_create_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from applications
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_job_schema_get_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_get_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property directories for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `if_match`: ETag
    pub async fn application_synchronization_job_schema_delete_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_delete_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property directories in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `body`: New navigation property values
    pub async fn application_synchronization_job_schema_update_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_update_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action discover
    ///
    ///Discover the latest schema definition for provisioning to an
    /// application.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}/
    /// microsoft.graph.discover`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    pub async fn application_synchronization_job_schema_directory_discover<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/applications/{}/synchronization/jobs/{}/schema/directories/{}/microsoft.graph.discover" , self . baseurl , encode_path (& application_id . to_string ()) , encode_path (& synchronization_job_id . to_string ()) , encode_path (& directory_definition_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_directory_discover",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/$count`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn application_synchronization_job_schema_directory_get_count<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/directories/$count",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_directory_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function filterOperators
    ///
    ///List all operators supported in the scoping filters.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.filterOperators()`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_job_schema_filter_operator<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfFilterOperatorSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/microsoft.graph.filterOperators()",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_filter_operator",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function functions
    ///
    ///List all the functions currently supported in the
    /// attributeMappingSource.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.functions()`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_job_schema_function<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfAttributeMappingFunctionSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/microsoft.graph.functions()",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_function",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action parseExpression
    ///
    ///Parse a given string expression into an attributeMappingSource object.
    /// For more information about expressions, see Writing Expressions for
    /// Attribute Mappings in Microsoft Entra ID.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.parseExpression`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn application_synchronization_job_schema_parse_expression<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ApplicationSynchronizationJobSchemaParseExpressionBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphParseExpressionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/{}/schema/microsoft.graph.parseExpression",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_schema_parse_expression",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/jobs/$count`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn application_synchronization_job_get_count<'a>(
        &'a self,
        application_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/$count",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action validateCredentials
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/jobs/microsoft.graph.
    /// validateCredentials`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: Action parameters
    pub async fn application_synchronization_job_validate_credential_2<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::ApplicationSynchronizationJobValidateCredential2Body,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/jobs/microsoft.graph.validateCredentials",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_job_validate_credential_2",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action acquireAccessToken
    ///
    ///Acquire an OAuth access token to authorize the Microsoft Entra
    /// provisioning service to provision users into an application.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/microsoft.graph.
    /// acquireAccessToken`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: Action parameters
    pub async fn application_synchronization_acquire_access_token<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::ApplicationSynchronizationAcquireAccessTokenBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/microsoft.graph.acquireAccessToken",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_acquire_access_token",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update property secrets value
    ///
    ///Sends a `PUT` request to
    /// `/applications/{application-id}/synchronization/secrets`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: New property values
    pub async fn application_synchronization_set_secret<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::ApplicationSynchronizationSetSecretBody,
    ) -> Result<
        ResponseValue<types::ApplicationSynchronizationSetSecretResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/secrets",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_set_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/secrets/$count`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn application_synchronization_secret_get_count<'a>(
        &'a self,
        application_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/secrets/$count",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_secret_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get templates from applications
    ///
    ///Preconfigured synchronization settings for a particular application.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_list_template<'a>(
        &'a self,
        application_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplateCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_list_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to templates for applications
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/templates`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `body`: New navigation property
    pub async fn application_synchronization_create_template<'a>(
        &'a self,
        application_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationTemplate,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_create_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get templates from applications
    ///
    ///Preconfigured synchronization settings for a particular application.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_get_template<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_get_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property templates for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `if_match`: ETag
    pub async fn application_synchronization_delete_template<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_delete_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update synchronizationTemplate
    ///
    ///Update (override) the synchronization template associated with a given
    /// application.
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property values
    pub async fn application_synchronization_update_template<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationTemplate,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_update_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get schema from applications
    ///
    ///Default synchronization schema for the jobs based on this template.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_template_get_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_get_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property schema for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `if_match`: ETag
    pub async fn application_synchronization_template_delete_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_delete_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property schema in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property values
    pub async fn application_synchronization_template_update_schema<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationSchema,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_update_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from applications
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_template_schema_list_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinitionCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_list_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to directories for applications
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property
    pub async fn application_synchronization_template_schema_create_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_create_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from applications
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn application_synchronization_template_schema_get_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_get_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property directories for applications
    ///
    ///Sends a `DELETE` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `if_match`: ETag
    pub async fn application_synchronization_template_schema_delete_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_delete_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property directories in applications
    ///
    ///Sends a `PATCH` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `body`: New navigation property values
    pub async fn application_synchronization_template_schema_update_directory<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_update_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action discover
    ///
    ///Discover the latest schema definition for provisioning to an
    /// application.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}/microsoft.graph.discover`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    pub async fn application_synchronization_template_schema_directory_discover<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/applications/{}/synchronization/templates/{}/schema/directories/{}/microsoft.graph.discover" , self . baseurl , encode_path (& application_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) , encode_path (& directory_definition_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_directory_discover",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/$count`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn application_synchronization_template_schema_directory_get_count<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/directories/$count",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_directory_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function filterOperators
    ///
    ///List all operators supported in the scoping filters.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.filterOperators()`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_template_schema_filter_operator<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfFilterOperatorSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/applications/{}/synchronization/templates/{}/schema/microsoft.graph.filterOperators()" , self . baseurl , encode_path (& application_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_filter_operator",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function functions
    ///
    ///List all the functions currently supported in the
    /// attributeMappingSource.
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.functions()`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn application_synchronization_template_schema_function<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfAttributeMappingFunctionSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/applications/{}/synchronization/templates/{}/schema/microsoft.graph.functions()",
            self.baseurl,
            encode_path(&application_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_function",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action parseExpression
    ///
    ///Parse a given string expression into an attributeMappingSource object.
    /// For more information about expressions, see Writing Expressions for
    /// Attribute Mappings in Microsoft Entra ID.
    ///
    ///Sends a `POST` request to
    /// `/applications/{application-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.parseExpression`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: Action parameters
    pub async fn application_synchronization_template_schema_parse_expression<'a>(
        &'a self,
        application_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::ApplicationSynchronizationTemplateSchemaParseExpressionBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphParseExpressionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/applications/{}/synchronization/templates/{}/schema/microsoft.graph.parseExpression" , self . baseurl , encode_path (& application_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_schema_parse_expression",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/applications/{application-id}/synchronization/templates/$count`
    ///
    ///Arguments:
    /// - `application_id`: The unique identifier of application
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn application_synchronization_template_get_count<'a>(
        &'a self,
        application_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/applications/{}/synchronization/templates/$count",
            self.baseurl,
            encode_path(&application_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "application_synchronization_template_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get synchronization from servicePrincipals
    ///
    ///Represents the capability for Microsoft Entra identity synchronization
    /// through the Microsoft Graph API.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_get_synchronization<'a>(
        &'a self,
        service_principal_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronization>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_get_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property synchronization in servicePrincipals
    ///
    ///Sends a `PUT` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: New navigation property values
    pub async fn service_principal_set_synchronization<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronization,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronization>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_set_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property synchronization for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `if_match`: ETag
    pub async fn service_principal_delete_synchronization<'a>(
        &'a self,
        service_principal_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_delete_synchronization",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List synchronization jobs
    ///
    ///List existing jobs for a given application instance (service principal).
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_list_job<'a>(
        &'a self,
        service_principal_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJobCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_list_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create synchronizationJob
    ///
    ///Create new synchronization job with a default synchronization schema.
    /// The job is created in a disabled state. Call Start job to start
    /// synchronization.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: New navigation property
    pub async fn service_principal_synchronization_create_job<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationJob,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_create_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get synchronizationJob
    ///
    ///Retrieve the existing synchronization job and its properties.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_get_job<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_get_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete synchronizationJob
    ///
    ///Stop the synchronization job, and permanently delete all the state
    /// associated with it. Synchronized accounts are left as-is.
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_delete_job<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_delete_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property jobs in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_update_job<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationJob,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationJob>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_update_job",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get bulkUpload from servicePrincipals
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_job_get_bulk_upload<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphBulkUpload>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_get_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property bulkUpload for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_job_delete_bulk_upload<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_delete_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property bulkUpload in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_job_update_bulk_upload<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphBulkUpload,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphBulkUpload>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_update_bulk_upload",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get media content for the navigation property bulkUpload from
    /// servicePrincipals
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn service_principal_synchronization_job_get_bulk_upload_content<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self.client.get(url).headers(header_map).build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_get_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update media content for the navigation property bulkUpload in
    /// servicePrincipals
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `PUT` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New media content.
    pub async fn service_principal_synchronization_job_set_bulk_upload_content<
        'a,
        B: Into<reqwest::Body>,
    >(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: B,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .header(
                ::reqwest::header::CONTENT_TYPE,
                ::reqwest::header::HeaderValue::from_static("application/octet-stream"),
            )
            .body(body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_set_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete media content for the navigation property bulkUpload in
    /// servicePrincipals
    ///
    ///The bulk upload operation for the job.
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/bulkUpload/$value`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_job_delete_bulk_upload_content<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/bulkUpload/$value",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_delete_bulk_upload_content",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action pause
    ///
    ///Temporarily stop a running synchronization job. All the progress,
    /// including job state, is persisted, and the job will continue from where
    /// it left off when a start call is made.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.pause`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn service_principal_synchronization_job_pause<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/microsoft.graph.pause",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_pause",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action provisionOnDemand
    ///
    ///Select a user and provision the account on-demand. The rate limit for
    /// this API is 5 requests per 10 seconds.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.provisionOnDemand`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_job_provision_on_demand<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationJobProvisionOnDemandBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphStringKeyStringValuePair>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/microsoft.graph.provisionOnDemand",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_provision_on_demand",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action restart
    ///
    ///Restart a stopped synchronization job, forcing it to reprocess all the
    /// objects in the directory. Optionally clears existing the synchronization
    /// state and previous errors.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.restart`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_job_restart<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationJobRestartBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/microsoft.graph.restart",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_restart",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action start
    ///
    ///Start an existing synchronization job. If the job is in a paused state,
    /// it continues processing changes from the point where it was paused. If
    /// the job is in quarantine, the quarantine status is cleared. Don't create
    /// scripts to call the start job continuously while it's running because
    /// that can cause the service to stop running. Use the start job only when
    /// the job is currently paused or in quarantine.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.start`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    pub async fn service_principal_synchronization_job_start<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/microsoft.graph.start",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_start",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action validateCredentials
    ///
    ///Validate that the credentials are valid in the tenant.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/microsoft.graph.validateCredentials`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_job_validate_credential<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationJobValidateCredentialBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/microsoft.graph.validateCredentials",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_validate_credential",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get synchronizationSchema
    ///
    ///Retrieve the schema for a given synchronization job or template.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_job_get_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_get_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property schema for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_job_delete_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_delete_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update synchronizationSchema
    ///
    ///Update the synchronization schema for a given job or template. This
    /// method fully replaces the current schema with the one provided in the
    /// request. To update the schema of a template, make the call on the
    /// application object. You must be the owner of the application.
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_job_update_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationSchema,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_update_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from servicePrincipals
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_job_schema_list_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinitionCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_list_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to directories for servicePrincipals
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: New navigation property
    pub async fn service_principal_synchronization_job_schema_create_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_create_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from servicePrincipals
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_job_schema_get_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_get_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property directories for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_job_schema_delete_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_delete_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property directories in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_job_schema_update_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_update_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action discover
    ///
    ///Discover the latest schema definition for provisioning to an
    /// application.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/{directoryDefinition-id}/
    /// microsoft.graph.discover`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    pub async fn service_principal_synchronization_job_schema_directory_discover<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        directory_definition_id: &'a str,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories/{}/microsoft.graph.discover" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_job_id . to_string ()) , encode_path (& directory_definition_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_directory_discover",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/directories/$count`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn service_principal_synchronization_job_schema_directory_get_count<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/directories/$count",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_directory_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function filterOperators
    ///
    ///List all operators supported in the scoping filters.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.filterOperators()`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_job_schema_filter_operator<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfFilterOperatorSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/jobs/{}/schema/microsoft.graph.filterOperators()" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_job_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_filter_operator",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function functions
    ///
    ///List all the functions currently supported in the
    /// attributeMappingSource.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.functions()`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_job_schema_function<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfAttributeMappingFunctionSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/{}/schema/microsoft.graph.functions()",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_job_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_function",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action parseExpression
    ///
    ///Parse a given string expression into an attributeMappingSource object.
    /// For more information about expressions, see Writing Expressions for
    /// Attribute Mappings in Microsoft Entra ID.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// {synchronizationJob-id}/schema/microsoft.graph.parseExpression`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_job_id`: The unique identifier of synchronizationJob
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_job_schema_parse_expression<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_job_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationJobSchemaParseExpressionBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphParseExpressionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/jobs/{}/schema/microsoft.graph.parseExpression" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_job_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_schema_parse_expression",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/$count`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn service_principal_synchronization_job_get_count<'a>(
        &'a self,
        service_principal_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/$count",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action validateCredentials
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/
    /// microsoft.graph.validateCredentials`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_job_validate_credential_2<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationJobValidateCredential2Body,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/jobs/microsoft.graph.validateCredentials",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_job_validate_credential_2",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action acquireAccessToken
    ///
    ///Acquire an OAuth access token to authorize the Microsoft Entra
    /// provisioning service to provision users into an application.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/microsoft.
    /// graph.acquireAccessToken`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_acquire_access_token<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationAcquireAccessTokenBody,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/microsoft.graph.acquireAccessToken",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_acquire_access_token",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Add synchronization secrets
    ///
    ///Provide credentials for establishing connectivity with the target
    /// system.
    ///
    ///Sends a `PUT` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/secrets`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: New property values
    pub async fn service_principal_synchronization_set_secret<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationSetSecretBody,
    ) -> Result<
        ResponseValue<types::ServicePrincipalSynchronizationSetSecretResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/secrets",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .put(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_set_secret",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/secrets/
    /// $count`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn service_principal_synchronization_secret_get_count<'a>(
        &'a self,
        service_principal_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/secrets/$count",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_secret_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///List existing synchronization templates
    ///
    ///List the synchronization templates associated with a given application
    /// or service principal.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_list_template<'a>(
        &'a self,
        service_principal_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplateCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_list_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to templates for servicePrincipals
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `body`: New navigation property
    pub async fn service_principal_synchronization_create_template<'a>(
        &'a self,
        service_principal_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationTemplate,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_create_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get templates from servicePrincipals
    ///
    ///Preconfigured synchronization settings for a particular application.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_get_template<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_get_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property templates for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_delete_template<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_delete_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property templates in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_update_template<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationTemplate,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationTemplate>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_update_template",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get schema from servicePrincipals
    ///
    ///Default synchronization schema for the jobs based on this template.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_template_get_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_get_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property schema for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_template_delete_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_delete_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property schema in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_template_update_schema<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphSynchronizationSchema,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphSynchronizationSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_update_schema",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from servicePrincipals
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_template_schema_list_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinitionCollectionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_list_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Create new navigation property to directories for servicePrincipals
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: New navigation property
    pub async fn service_principal_synchronization_template_schema_create_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_create_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get directories from servicePrincipals
    ///
    ///Contains the collection of directories and all of their objects.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `expand`: Expand related entities
    /// - `select`: Select properties to be returned
    pub async fn service_principal_synchronization_template_schema_get_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_get_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Delete navigation property directories for servicePrincipals
    ///
    ///Sends a `DELETE` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `if_match`: ETag
    pub async fn service_principal_synchronization_template_schema_delete_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        if_match: Option<&'a str>,
    ) -> Result<ResponseValue<()>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        if let Some(value) = if_match {
            header_map.append("If-Match", value.to_string().try_into()?);
        }

        #[allow(unused_mut)]
        let mut request = self
            .client
            .delete(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_delete_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::empty(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Update the navigation property directories in servicePrincipals
    ///
    ///Sends a `PATCH` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    /// - `body`: New navigation property values
    pub async fn service_principal_synchronization_template_schema_update_directory<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
        body: &'a types::MicrosoftGraphDirectoryDefinition,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories/{}",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
            encode_path(&directory_definition_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .patch(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_update_directory",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action discover
    ///
    ///Discover the latest schema definition for provisioning to an
    /// application.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/
    /// {directoryDefinition-id}/microsoft.graph.discover`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `directory_definition_id`: The unique identifier of
    ///   directoryDefinition
    pub async fn service_principal_synchronization_template_schema_directory_discover<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        directory_definition_id: &'a str,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphDirectoryDefinition>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories/{}/microsoft.graph.discover" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) , encode_path (& directory_definition_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_directory_discover",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/directories/$count`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn service_principal_synchronization_template_schema_directory_get_count<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/{}/schema/directories/$count",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
            encode_path(&synchronization_template_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_directory_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function filterOperators
    ///
    ///List all operators supported in the scoping filters.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.filterOperators()`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_template_schema_filter_operator<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfFilterOperatorSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/templates/{}/schema/microsoft.graph.filterOperators()" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_filter_operator",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke function functions
    ///
    ///List all the functions currently supported in the
    /// attributeMappingSource.
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.functions()`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `count`: Include count of items
    /// - `expand`: Expand related entities
    /// - `filter`: Filter items by property values
    /// - `orderby`: Order items by property values
    /// - `search`: Search items by search phrases
    /// - `select`: Select properties to be returned
    /// - `skip`: Skip the first n items
    /// - `top`: Show only the first n items
    pub async fn service_principal_synchronization_template_schema_function<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        count: Option<bool>,
        expand: Option<&'a ::std::vec::Vec<::std::string::String>>,
        filter: Option<&'a str>,
        orderby: Option<&'a ::std::vec::Vec<::std::string::String>>,
        search: Option<&'a str>,
        select: Option<&'a ::std::vec::Vec<::std::string::String>>,
        skip: Option<u64>,
        top: Option<u64>,
    ) -> Result<
        ResponseValue<types::CollectionOfAttributeMappingFunctionSchema>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/templates/{}/schema/microsoft.graph.functions()" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .query(&progenitor_client::QueryParam::new("$count", &count))
            .query(&progenitor_client::QueryParam::new("$expand", &expand))
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$orderby", &orderby))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .query(&progenitor_client::QueryParam::new("$select", &select))
            .query(&progenitor_client::QueryParam::new("$skip", &skip))
            .query(&progenitor_client::QueryParam::new("$top", &top))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_function",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Invoke action parseExpression
    ///
    ///Parse a given string expression into an attributeMappingSource object.
    /// For more information about expressions, see Writing Expressions for
    /// Attribute Mappings in Microsoft Entra ID.
    ///
    ///Sends a `POST` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// {synchronizationTemplate-id}/schema/microsoft.graph.parseExpression`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `synchronization_template_id`: The unique identifier of
    ///   synchronizationTemplate
    /// - `body`: Action parameters
    pub async fn service_principal_synchronization_template_schema_parse_expression<'a>(
        &'a self,
        service_principal_id: &'a str,
        synchronization_template_id: &'a str,
        body: &'a types::ServicePrincipalSynchronizationTemplateSchemaParseExpressionBody,
    ) -> Result<
        ResponseValue<types::MicrosoftGraphParseExpressionResponse>,
        Error<types::MicrosoftGraphODataErrorsODataError>,
    > {
        let url = format ! ("{}/servicePrincipals/{}/synchronization/templates/{}/schema/microsoft.graph.parseExpression" , self . baseurl , encode_path (& service_principal_id . to_string ()) , encode_path (& synchronization_template_id . to_string ()) ,) ;
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .post(url)
            .header(
                ::reqwest::header::ACCEPT,
                ::reqwest::header::HeaderValue::from_static("application/json"),
            )
            .json(&body)
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_schema_parse_expression",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => ResponseValue::from_response(response).await,
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }

    ///Get the number of the resource
    ///
    ///Sends a `GET` request to
    /// `/servicePrincipals/{servicePrincipal-id}/synchronization/templates/
    /// $count`
    ///
    ///Arguments:
    /// - `service_principal_id`: The unique identifier of servicePrincipal
    /// - `filter`: Filter items by property values
    /// - `search`: Search items by search phrases
    pub async fn service_principal_synchronization_template_get_count<'a>(
        &'a self,
        service_principal_id: &'a str,
        filter: Option<&'a str>,
        search: Option<&'a str>,
    ) -> Result<ResponseValue<ByteStream>, Error<types::MicrosoftGraphODataErrorsODataError>> {
        let url = format!(
            "{}/servicePrincipals/{}/synchronization/templates/$count",
            self.baseurl,
            encode_path(&service_principal_id.to_string()),
        );
        let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
        header_map.append(
            ::reqwest::header::HeaderName::from_static("api-version"),
            ::reqwest::header::HeaderValue::from_static(Self::api_version()),
        );
        #[allow(unused_mut)]
        let mut request = self
            .client
            .get(url)
            .query(&progenitor_client::QueryParam::new("$filter", &filter))
            .query(&progenitor_client::QueryParam::new("$search", &search))
            .headers(header_map)
            .build()?;
        let info = OperationInfo {
            operation_id: "service_principal_synchronization_template_get_count",
        };
        self.pre(&mut request, &info).await?;
        let result = self.exec(request, &info).await;
        self.post(&result, &info).await?;
        let response = result?;
        match response.status().as_u16() {
            200..=299 => Ok(ResponseValue::stream(response)),
            _ => Err(Error::ErrorResponse(
                ResponseValue::from_response(response).await?,
            )),
            _ => Err(Error::UnexpectedResponse(response)),
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
}
