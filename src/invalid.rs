//! The error reported when a wire string does not match its declared format.

use std::fmt;

/// A wire value that is not valid for its declared format. The value itself is still kept by the model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidFormat {
    /// The format name as used by the OpenAPI description, e.g. `"duration"` or `"date-time"`.
    pub format: &'static str,
    /// The offending value, verbatim.
    pub value: String,
    /// Human-readable explanation of why the value was rejected.
    pub reason: String,
}

impl fmt::Display for InvalidFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} {:?}: {}", self.format, self.value, self.reason)
    }
}

impl std::error::Error for InvalidFormat {}
