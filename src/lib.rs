#![doc = include_str!("guide.md")]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod base64_bytes;
#[cfg(feature = "client")]
pub mod client;
pub mod compare;
mod datetime;
mod duration;
pub mod enums;
pub mod inspect;
mod invalid;
mod key;
#[doc(hidden)]
pub mod literal;
mod maybe;
#[doc(hidden)]
pub mod model;
pub mod printed;
pub mod query;
mod raw_json;
pub mod registry;
pub mod request;
pub mod response;
mod uuid;
mod wire_spellings;
mod wire_text;

pub use base64_bytes::Base64Bytes;
#[cfg(feature = "client")]
pub use client::{Client, ClientBuilder};
pub use datetime::DateTime;
pub use duration::Duration;
pub use enums::{Enumeration, Flags};
pub use inspect::{Finding, FindingKind, Inspect};
pub use invalid::InvalidFormat;
pub use maybe::Maybe;
pub use printed::PrintedRequest;
pub use raw_json::RawJson;
pub use registry::{ApiVersion, DecodeError, Model};
pub use request::{BuildError, Cloud, Path, Request};
pub use response::{GraphError, Page, ResponseError};
pub use uuid::Uuid;
pub use wire_spellings::WireSpellings;

/// The `http` crate the builders produce requests of.
pub use http;
#[doc(hidden)]
pub use serde;

/// Properties a model does not declare, by wire name, kept as received (numbers included, see
/// [`RawJson`]) and re-emitted.
pub type AdditionalProperties = std::collections::BTreeMap<String, RawJson>;

/// The former name of [`RawJson`], which `response::Json` (a response decoded as JSON) shares.
#[deprecated(note = "renamed RawJson")]
#[doc(hidden)]
pub type Json = RawJson;

/// The former name of [`Base64Bytes`], which `response::Bytes` (a raw response body) shares.
#[deprecated(note = "renamed Base64Bytes")]
#[doc(hidden)]
pub type Bytes = Base64Bytes;

/// The modules of one API version's files in `OUT_DIR/$dir`, as the generator writes them
/// (`msgraph_sync_codegen::OUTPUT_FILES`); `samples` gets the attributes given. Shared with
/// `dev/checks/whole-module`, which compiles the generator's output on whole upstream modules.
#[doc(hidden)]
#[macro_export]
macro_rules! __generated_modules {
    ($dir:literal, $(#[$samples:meta])*) => {
        // Items Microsoft deprecated are `#[deprecated]` for users; the generated code itself
        // (serde glue, the registry, samples) still names them.
        #[allow(deprecated)]
        mod models {
            include!(concat!(env!("OUT_DIR"), "/", $dir, "/models.rs"));
        }
        mod enums {
            include!(concat!(env!("OUT_DIR"), "/", $dir, "/enums.rs"));
        }
        /// Fluent request builders: `Api::new(Cloud::Global).service_principals().item(id)…`.
        #[allow(deprecated)]
        pub mod requests {
            include!(concat!(env!("OUT_DIR"), "/", $dir, "/requests.rs"));
        }
        $(#[$samples])*
        #[allow(deprecated)]
        pub mod samples {
            include!(concat!(env!("OUT_DIR"), "/", $dir, "/samples.rs"));
        }
        /// Every model and operation of this version by name.
        #[allow(deprecated)]
        pub mod registry {
            include!(concat!(env!("OUT_DIR"), "/", $dir, "/registry.rs"));
        }
        pub use enums::*;
        pub use models::*;
        pub use requests::Api;
    };
}

/// Declares one API version's module from the generator's output in `OUT_DIR`.
macro_rules! api_version_module {
    ($feature:literal, $module:ident, $dir:literal, $doc:literal) => {
        #[cfg(feature = $feature)]
        #[doc = $doc]
        // Descriptions are Microsoft's prose, not Markdown written for rustdoc: bare URLs and
        // `api://<appId>` are kept as the spec wrote them.
        #[allow(rustdoc::bare_urls, rustdoc::invalid_html_tags)]
        pub mod $module {
            $crate::__generated_modules!($dir, #[cfg(feature = "samples")] #[doc(hidden)]);
        }
    };
}

api_version_module!(
    "v1_0",
    v1_0,
    "v1_0",
    "Microsoft Graph v1.0 (`https://graph.microsoft.com/v1.0`)."
);
api_version_module!(
    "beta",
    beta,
    "beta",
    "Microsoft Graph beta (`https://graph.microsoft.com/beta`)."
);

/// The README's Rust example, compiled and run by `cargo test`.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeExample;
