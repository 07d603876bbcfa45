//! Loading the attribute map for `bulk-upload` and `sync`: an unusable map is a usage error, and
//! what the map may not mean (no `active`, …) is said on standard error before anything is read.

use std::path::Path;

use msgraph_sync_provisioning::attribute_map::AttributeMap;

use crate::exit::CliError;
use crate::output::eprint_line;

pub fn load(path: &Path) -> Result<AttributeMap, CliError> {
    let map = AttributeMap::from_file(path).map_err(|e| CliError::Usage(e.to_string()))?;
    for warning in &map.warnings {
        eprint_line(warning);
    }
    Ok(map)
}
