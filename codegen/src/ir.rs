//! The IR: what the emitters need, with every name decided and every `$ref` resolved.
//! Nothing here refers back to the spec except names kept for docs, the registry and errors.

use std::collections::{BTreeMap, BTreeSet};

/// Microsoft's deprecation of an operation or a model (`deprecated: true`, `x-ms-deprecation`).
pub use crate::spec::Deprecation;

/// The cargo features under which a generated item is compiled: always, or when any one of the
/// named features is on. Decided by [`crate::gates`] from the operations that reach the item
/// (their `x-msgraph-sync-feature`); the emitters only read it.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gate {
    /// Reached from an ungated operation or model (or from no operation at all): no `cfg`.
    #[default]
    Always,
    /// Reached only from operations gated by these features: `#[cfg(any(feature = …))]`.
    AnyOf(BTreeSet<String>),
}

impl Gate {
    /// The gate of an operation with this `x-msgraph-sync-feature` (if any).
    pub fn of_feature(feature: Option<&str>) -> Gate {
        match feature {
            None => Gate::Always,
            Some(name) => Gate::AnyOf(BTreeSet::from([name.to_string()])),
        }
    }

    /// The gate of an item needed by both `self` and `other`: compiled when either is.
    pub fn union(&self, other: &Gate) -> Gate {
        match (self, other) {
            (Gate::AnyOf(a), Gate::AnyOf(b)) => Gate::AnyOf(a.union(b).cloned().collect()),
            _ => Gate::Always,
        }
    }

    /// The features named, empty for [`Gate::Always`].
    pub fn features(&self) -> Vec<&str> {
        match self {
            Gate::Always => Vec::new(),
            Gate::AnyOf(features) => features.iter().map(String::as_str).collect(),
        }
    }
}

/// One API version's worth of generated code.
#[derive(Clone, Debug)]
pub struct Ir {
    /// `beta` or `v1.0`, from `info.version`.
    pub api_version: String,
    /// Rust module name: `beta`, `v1_0`.
    pub module: String,
    /// Every named type, by Rust name (a `BTreeMap` keeps the output order stable).
    pub types: BTreeMap<String, TypeDef>,
    /// Every operation, in path order, then method order.
    pub operations: Vec<OperationDef>,
    /// How many schemas `components/schemas` declares (inline body types not counted).
    pub component_schemas: usize,
    /// The request builders.
    pub navigation: Navigation,
    /// Operations left out because of a construct the generator does not translate (only with
    /// [`OnUnsupported::Skip`]), in path order.
    pub skipped: Vec<Skipped>,
}

/// What one operation the generator cannot translate does to its document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OnUnsupported {
    /// Generate everything else and name the operation in [`Ir::skipped`] (what `generate` prints
    /// as a warning): one odd function among hundreds should not cost a user the whole module.
    #[default]
    Skip,
    /// Refuse the whole document with the error (`generate --strict`; the crate's own fragments,
    /// which must generate whole).
    Refuse,
}

/// An operation not generated, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// `GET`.
    pub method: String,
    /// The path as the spec writes it.
    pub path: String,
    /// The error that would have refused the document (it names the place).
    pub reason: String,
}

#[derive(Clone, Debug)]
pub enum TypeDef {
    Struct(StructDef),
    Enum(EnumDef),
    Alias(AliasDef),
}

impl TypeDef {
    pub fn spec_name(&self) -> &str {
        match self {
            TypeDef::Struct(s) => &s.spec_name,
            TypeDef::Enum(e) => &e.spec_name,
            TypeDef::Alias(a) => &a.spec_name,
        }
    }

    /// Under which features the type is compiled.
    pub fn gate(&self) -> &Gate {
        match self {
            TypeDef::Struct(s) => &s.gate,
            TypeDef::Enum(e) => &e.gate,
            TypeDef::Alias(a) => &a.gate,
        }
    }

    pub fn gate_mut(&mut self) -> &mut Gate {
        match self {
            TypeDef::Struct(s) => &mut s.gate,
            TypeDef::Enum(e) => &mut e.gate,
            TypeDef::Alias(a) => &mut a.gate,
        }
    }
}

/// An object schema; `allOf` parents are already flattened into `fields`.
#[derive(Clone, Debug, PartialEq)]
pub struct StructDef {
    pub rust_name: String,
    /// Component key (`microsoft.graph.synchronizationJob`) or, for inline schemas, the Rust name.
    pub spec_name: String,
    pub doc: Option<String>,
    pub fields: Vec<FieldDef>,
    /// Rust names of the `allOf` parents (already flattened into `fields`): the parents exist in
    /// the fragment for their children, so a child reaching them is enough to compile them.
    pub parents: Vec<String>,
    pub gate: Gate,
    /// Deprecated by Microsoft: `#[deprecated]` on the model.
    pub deprecation: Option<Deprecation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub rust_name: String,
    pub wire_name: String,
    pub doc: Option<String>,
    pub ty: Type,
    /// The spec's `nullable` (every field is a `Maybe` anyway; kept for change reports).
    pub nullable: bool,
}

/// A string enum; `flags` for `x-ms-enum-flags` sets.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumDef {
    pub rust_name: String,
    pub spec_name: String,
    pub doc: Option<String>,
    pub members: Vec<EnumMember>,
    pub flags: bool,
    /// The Rust name of the enum of members: `rust_name` itself, or for a flags set (whose
    /// `rust_name` is the set) `{rust_name}Member`, claimed with it.
    pub member_name: String,
    pub gate: Gate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumMember {
    pub variant: String,
    pub wire: String,
}

/// A named schema that is just a primitive (`ODataCountResponse` is an integer).
#[derive(Clone, Debug, PartialEq)]
pub struct AliasDef {
    pub rust_name: String,
    pub spec_name: String,
    pub doc: Option<String>,
    pub ty: Type,
    pub gate: Gate,
}

/// A property's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    String,
    Bool,
    I32,
    I64,
    F64,
    Uuid,
    Bytes,
    DateTime,
    Duration,
    /// Untyped JSON (`type: object` without properties).
    Json,
    /// Another generated type; `boxed` breaks a cycle of direct containment.
    Named {
        rust_name: String,
        boxed: bool,
    },
    List(Box<Type>),
}

#[derive(Clone, Debug)]
pub struct OperationDef {
    pub method: String,
    /// The path template, parsed once (by [`crate::check`]); `Display` writes it as the spec does.
    pub path: PathTemplate,
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    /// The docs page (`externalDocs.url`).
    pub docs_url: Option<String>,
    /// Optional query options and headers the operation takes, by spec name (`$top`, `If-Match`).
    pub options: Vec<String>,
    /// Required query parameters (`@id` of `$ref` deletes): arguments of the builder method.
    pub required_query: Vec<String>,
    pub request: Option<Body>,
    pub response: Option<Body>,
    pub pageable: bool,
    /// `x-msgraph-sync-feature`: the cargo feature the operation belongs to (`None`: always compiled).
    pub feature: Option<String>,
    /// Deprecated by Microsoft: `#[deprecated]` on its builder method.
    pub deprecation: Option<Deprecation>,
}

impl OperationDef {
    pub fn gate(&self) -> Gate {
        Gate::of_feature(self.feature.as_deref())
    }
}

/// The request-builder tree: typed positions in the URL, each with its children and operations.
#[derive(Clone, Debug, Default)]
pub struct Navigation {
    /// Entry points on `Api` (`service_principals(id)`).
    pub roots: Vec<Child>,
    /// Every position type by Rust name.
    pub nodes: BTreeMap<String, Node>,
    /// Query-option marker types: name → its options, in canonical order.
    pub option_sets: BTreeMap<String, Vec<QueryOption>>,
    /// Under which features each option marker type is compiled (the union of its users').
    pub option_set_gates: BTreeMap<String, Gate>,
}

/// An optional query option or header an operation takes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QueryOption {
    /// `$orderby`, `If-Match`.
    pub spec_name: String,
    /// The runtime's trait for it (`crate::query::OrderBy`).
    pub trait_name: String,
}

/// A position in the URL tree (`…/synchronization/jobs/{synchronizationJob-id}`).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub rust_name: String,
    /// The path template of this position, from its root's key on (`…/synchronization/jobs`).
    pub suffix: String,
    pub children: Vec<Child>,
    pub operations: Vec<OperationMethod>,
    /// The union of its operations' and children's gates.
    pub gate: Gate,
}

/// A step down the URL: a literal segment or a key.
#[derive(Clone, Debug, PartialEq)]
pub struct Child {
    pub method: String,
    /// For an entry point taking a key (`service_principals(id)`): the collection segment before it.
    pub prefix: Option<String>,
    pub segment: Segment,
    /// The method's argument identifiers, one per key or parameter of `segment`.
    pub args: Vec<String>,
    pub target: String,
    /// The target node's gate.
    pub gate: Gate,
}

/// One segment of a path template.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    Literal(String),
    /// A key segment; the spec's parameter name (`synchronizationJob-id`).
    Key(String),
    /// A segment with parameters inside (an alternate key: `applications(appId='{appId}')`); the
    /// template as the spec writes it, and its parameter names in order.
    Templated {
        template: String,
        /// What comes before the parentheses (`applications`; `""` for a bare composite key
        /// `id='{id}',policyId='{policyId}'`).
        prefix: String,
        /// The names left of each `=` (`appId`), in order: what builder names are made of.
        keys: Vec<String>,
        params: Vec<String>,
        /// How each of `params` is written (`key='{param}'` or a typed `key={param}`).
        literals: Vec<LiteralKind>,
        /// The parameter aliases (`key=@alias`), whose values travel as query options.
        aliases: Vec<Alias>,
    },
}

/// How a function parameter's value is written into the URL, as an OData literal of its type.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LiteralKind {
    /// The spec writes the quotes (`key='{param}'`): the value is text, `'` doubled.
    InQuotes,
    /// Unquoted (`key={param}`) until `resolve` reads the parameter's schema.
    Untyped,
    /// A string without quotes in the template: the runtime adds them.
    String,
    I32,
    I64,
    Bool,
    /// `format: date`, bare.
    Date,
    /// `format: date-time`, bare.
    DateTime,
    /// A member of the enumeration of this spec name (`microsoft.graph.riskLevel`): `type'member'`.
    Enum(String),
}

/// A parameter alias of a function segment: `includeAllActive=@includeAllActive`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Alias {
    /// The function's parameter name, left of `=`.
    pub key: String,
    /// The alias without its `@`, also the name of the query parameter that declares its type.
    pub name: String,
    pub kind: LiteralKind,
}

impl Segment {
    /// The segment as the spec writes it (`{id}` for a key).
    pub fn text(&self) -> String {
        match self {
            Segment::Literal(literal) => literal.clone(),
            Segment::Key(key) => format!("{{{key}}}"),
            Segment::Templated { template, .. } => template.clone(),
        }
    }

    pub fn is_key(&self) -> bool {
        matches!(self, Segment::Key(_))
    }

    /// Whether the segment needs the typed runtime (`Path::function`): a parameter not written
    /// in quotes, or an alias. Quoted keys alone (`applications(appId='{appId}')`) do not.
    pub fn is_function(&self) -> bool {
        match self {
            Segment::Templated { literals, aliases, .. } => {
                !aliases.is_empty() || literals.iter().any(|l| *l != LiteralKind::InQuotes)
            }
            _ => false,
        }
    }
}

/// A path template (`/servicePrincipals/{servicePrincipal-id}/synchronization/jobs`), parsed
/// once and checked (as progenitor's `template.rs`): later stages read its segments, never the text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PathTemplate {
    /// The segments after the leading `/` (none for `/`).
    pub segments: Vec<Segment>,
}

impl PathTemplate {
    /// The part every root shares: below a root's key, `…/synchronization/jobs`; otherwise the
    /// whole template.
    pub fn below_root_key(&self) -> String {
        match self.segments.as_slice() {
            [_, key, rest @ ..] if key.is_key() && !rest.is_empty() => {
                let rest: Vec<String> = rest.iter().map(Segment::text).collect();
                format!("…/{}", rest.join("/"))
            }
            _ => self.to_string(),
        }
    }
}

impl std::fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.segments.is_empty() {
            return f.write_str("/");
        }
        for segment in &self.segments {
            write!(f, "/{}", segment.text())?;
        }
        Ok(())
    }
}

/// An operation as a builder method.
#[derive(Clone, Debug, PartialEq)]
pub struct OperationMethod {
    pub method_name: String,
    /// Index into `Ir::operations` (the first root's operation, for docs).
    pub operation: usize,
    /// A literal segment the method appends before the operation (`microsoft.graph.start`).
    pub segment: Option<String>,
    /// The option marker type, or `None` for `NoOptions`.
    pub options: Option<String>,
    /// The argument identifiers of the operation's required query parameters, in
    /// `required_query` order (the body argument is [`crate::names::BODY_ARGUMENT`]).
    pub query_args: Vec<String>,
    /// The operation's gate (every root's operation served by this method has the same one).
    pub gate: Gate,
}

/// A request or success-response body.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Body {
    pub content_type: String,
    pub kind: BodyKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum BodyKind {
    /// A JSON (or text) body of this type.
    Typed(Type),
    /// Raw bytes (`format: binary`).
    Bytes,
}
