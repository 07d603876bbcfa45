//! OData query options and request headers, allowed per operation at compile time: each generated
//! operation names a marker type implementing the traits below for exactly the options its spec
//! parameters list, so `jobs().list().top(5)` compiles and `start().top(5)` does not.
//!
//! ```
//! use msgraph_sync::{v1_0::Api, Cloud};
//! let jobs = Api::new(Cloud::Global).service_principals().item("sp").synchronization().jobs();
//! let url = jobs.list().top(10).select(&["id", "status"]).url();
//! assert!(url.ends_with("/jobs?$top=10&$select=id,status"));
//! ```
//!
//! ```compile_fail
//! use msgraph_sync::{v1_0::Api, Cloud};
//! // `start` takes no query options: this does not compile.
//! Api::new(Cloud::Global).service_principals().item("sp").synchronization().jobs().item("j").start().top(10);
//! ```

use crate::request::{encode_value, Request};
use crate::response::ResponseKind;

macro_rules! options {
    ($($(#[$doc:meta])* $trait:ident => $method:ident($arg:ident: $ty:ty) $encode:expr;)*) => {
        $(
            $(#[$doc])*
            pub trait $trait {}
            impl<R: ResponseKind, Q: $trait> Request<R, Q> {
                $(#[$doc])*
                pub fn $method(self, $arg: $ty) -> Self {
                    let (name, value): (&str, String) = $encode;
                    self.set_query(name, value)
                }
            }
        )*
    };
}

/// Comma-joins items after encoding each (`style: form, explode: false`).
fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> String {
    items
        .into_iter()
        .map(|s| encode_value(s.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
}

options! {
    /// `$top`: show only the first n items.
    Top => top(n: u64) ("$top", n.to_string());
    /// `$skip`: skip the first n items.
    Skip => skip(n: u64) ("$skip", n.to_string());
    /// `$search`: search items by search phrases.
    Search => search(phrase: &str) ("$search", encode_value(phrase));
    /// `$filter`: filter items by property values.
    Filter => filter(expression: &str) ("$filter", encode_value(expression));
    /// `$count`: include the count of items.
    Count => count(include: bool) ("$count", include.to_string());
    /// `$orderby`: order items by property values (`"displayName desc"`).
    OrderBy => orderby(properties: &[&str]) ("$orderby", join(properties));
    /// `$select`: select properties to be returned.
    Select => select(properties: &[&str]) ("$select", join(properties));
    /// `$expand`: expand related entities.
    Expand => expand(properties: &[&str]) ("$expand", join(properties));
}

/// The `If-Match` header (optimistic concurrency on delete).
pub trait IfMatch {}
impl<R: ResponseKind, Q: IfMatch> Request<R, Q> {
    /// `If-Match`: only act when the resource's ETag matches.
    pub fn if_match(self, etag: &str) -> Self {
        self.header("If-Match", etag)
    }
}

/// The `ConsistencyLevel` header (advanced queries).
pub trait ConsistencyLevel {}
impl<R: ResponseKind, Q: ConsistencyLevel> Request<R, Q> {
    /// `ConsistencyLevel: eventual`, which `$search` and `$count` need on directory objects.
    pub fn consistency_level(self, level: &str) -> Self {
        self.header("ConsistencyLevel", level)
    }
}

/// An operation that takes no query options or optional headers.
#[derive(Debug)]
pub struct NoOptions;
