//! The whole Applications module, generated at build time: CI builds and lints this crate so the
//! generator is proven beyond the synchronization fragment. Not published.

// The generated code names the runtime as `crate::…`, as it does inside msgraph-sync.
pub use msgraph_sync::*;

macro_rules! whole_module {
    ($module:ident, $dir:literal) => {
        pub mod $module {
            mod models {
                include!(concat!(env!("OUT_DIR"), "/", $dir, "/models.rs"));
            }
            mod enums {
                include!(concat!(env!("OUT_DIR"), "/", $dir, "/enums.rs"));
            }
            pub mod requests {
                include!(concat!(env!("OUT_DIR"), "/", $dir, "/requests.rs"));
            }
            pub mod samples {
                include!(concat!(env!("OUT_DIR"), "/", $dir, "/samples.rs"));
            }
            pub mod registry {
                include!(concat!(env!("OUT_DIR"), "/", $dir, "/registry.rs"));
            }
            pub use enums::*;
            pub use models::*;
            pub use requests::Api;
        }
    };
}

whole_module!(beta, "beta");
whole_module!(v1_0, "v1_0");

#[cfg(test)]
mod tests {
    /// The keys of a path template (`{x}` inside segments and alternate keys alike).
    fn keys(path: &str) -> Vec<&str> {
        path.split(['/', '(', ')', '=', ',', '\''])
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .collect()
    }

    macro_rules! builds_all {
        ($module:ident) => {{
            let api = crate::$module::Api::new(crate::Cloud::Global);
            let ops = crate::$module::registry::OPERATIONS;
            let built = ops
                .iter()
                .filter(|op| {
                    matches!(
                        crate::$module::samples::call(&api, op.method, op.path, &keys(op.path), b""),
                        Ok(Some(_))
                    )
                })
                .count();
            (ops.len(), built)
        }};
    }

    /// Every operation of the whole module has a builder that builds.
    #[test]
    fn every_operation_builds() {
        assert_eq!(builds_all!(beta), (475, 475));
        assert_eq!(builds_all!(v1_0), (368, 368));
    }
}
