//! Paging: following a listing's `@odata.nextLink`s safely.

use super::config::Config;
use super::error::Error;
use crate::response::Page;

/// Follows the `@odata.nextLink`s of one listing: each must stay under the listing's API version
/// on the Graph host, never repeat a page (a cycle would loop forever), and the pages are bounded.
pub(super) struct Pager {
    /// `/{base path}/{version}/` of the first request.
    root: String,
    seen: std::collections::HashSet<String>,
    fetched: usize,
}

impl Pager {
    pub(super) fn new(config: &Config, first: &http::Request<Vec<u8>>) -> Pager {
        let url = first.uri().to_string();
        let path = first.uri().path();
        let version = path
            .strip_prefix(config.root.as_str())
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_default();
        let normalized = reqwest::Url::parse(&url).map_or(url, String::from);
        Pager {
            root: format!("{}{version}/", config.root),
            seen: [normalized].into(),
            fetched: 0,
        }
    }

    /// The request for the page after the one just fetched, whose next link is `link`.
    pub(super) fn follow(&mut self, config: &Config, link: &str) -> Result<http::Request<Vec<u8>>, Error> {
        self.fetched = self.fetched.saturating_add(1);
        if self.fetched >= config.max_pages.max(1) {
            return Err(Error::PageLimit {
                limit: config.max_pages.max(1),
            });
        }
        let url = config.check_target(link, &self.root)?;
        if !self.seen.insert(url.as_str().to_string()) {
            return Err(Error::NextLinkCycle { url: link.to_string() });
        }
        http::Request::get(url.as_str())
            .header(http::header::ACCEPT, "application/json")
            .body(Vec::new())
            .map_err(|_| Error::ForeignHost {
                url: link.to_string(),
                expected: config.base_url.clone(),
            })
    }
}

/// A decoded page and the link to the next one.
pub(super) fn split_page<P: Page>(page: P) -> (Vec<P::Item>, Option<String>) {
    page.into_page()
}
