//! Microsoft's sample modules of over 1,000 operations, generated at build time: CI type-checks and
//! lints this crate (clippy), so the generator is proven at the size of Graph's largest modules.
//! Not published.

// Checked once, as a plain lib: clippy's `--all-targets` also checks the lib as a test target, which
// this leaves empty.
#![cfg(not(test))]

// The generated code names the runtime as `crate::…`, as it does inside msgraph-sync.
pub use msgraph_sync::*;

macro_rules! module {
    ($module:ident, $dir:literal) => {
        pub mod $module {
            msgraph_sync::__generated_modules!($dir,);
        }
    };
}

module!(corporate_management, "graph-beta-Devices.CorporateManagement/beta");
module!(sites, "graph-v1.0-Sites/v1_0");
