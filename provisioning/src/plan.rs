//! A run shown before it happens (a dry run): the requests in the order the real run sends them,
//! notes on what repeats or depends on an earlier answer, and placeholders for the values only an
//! earlier answer gives. Each workflow that offers a dry run builds its plan here, from the same
//! builders its real run sends.

use std::fmt;

use msgraph_sync::response::ResponseKind;
use msgraph_sync::{BuildError, PrintedRequest, Request};
use serde::Serialize;

/// A value a later request takes from an earlier response: built into the request as `marker`
/// (letters only, so it is sent as written) and shown as `<description>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placeholder {
    pub marker: &'static str,
    pub description: &'static str,
}

/// One step of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// A request, as it would be sent.
    Request(PrintedRequest),
    /// What is repeated, what depends on what.
    Note(String),
}

/// Requests and notes, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub steps: Vec<Step>,
}

/// The printed form of `request` with each placeholder's marker shown as `<its description>`.
pub fn printed<R: ResponseKind, Q>(
    request: &Request<R, Q>,
    placeholders: &[Placeholder],
) -> Result<PrintedRequest, BuildError> {
    Ok(shown(PrintedRequest::of(request)?, placeholders))
}

/// `printed` with the placeholders shown.
pub fn shown(printed: PrintedRequest, placeholders: &[Placeholder]) -> PrintedRequest {
    placeholders.iter().fold(printed, |printed, p| {
        printed.replace(p.marker, &format!("<{}>", p.description))
    })
}

impl Plan {
    pub fn new() -> Plan {
        Plan::default()
    }

    /// Adds a request.
    pub fn request<R: ResponseKind, Q>(
        &mut self,
        request: &Request<R, Q>,
        placeholders: &[Placeholder],
    ) -> Result<&mut Plan, BuildError> {
        self.steps.push(Step::Request(printed(request, placeholders)?));
        Ok(self)
    }

    /// Adds a request already built (a `$batch`).
    pub fn http(&mut self, request: &msgraph_sync::http::Request<Vec<u8>>, placeholders: &[Placeholder]) -> &mut Plan {
        self.steps
            .push(Step::Request(shown(PrintedRequest::from_http(request), placeholders)));
        self
    }

    /// Adds a note.
    pub fn note(&mut self, text: impl Into<String>) -> &mut Plan {
        self.steps.push(Step::Note(text.into()));
        self
    }

    /// The requests of the plan.
    pub fn requests(&self) -> impl Iterator<Item = &PrintedRequest> {
        self.steps.iter().filter_map(|step| match step {
            Step::Request(request) => Some(request),
            Step::Note(_) => None,
        })
    }
}

/// A request, then a blank line; a note as a `# ` line.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Request(request) => writeln!(f, "{request}"),
            Step::Note(text) => writeln!(f, "# {text}"),
        }
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.steps.iter().try_for_each(|step| write!(f, "{step}"))
    }
}
