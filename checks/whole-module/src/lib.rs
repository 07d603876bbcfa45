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
    /// Every operation of the whole module has a builder that builds.
    #[test]
    fn every_operation_builds() {
        for (name, ops, count) in [
            ("beta", crate::beta::registry::OPERATIONS.len(), {
                let api = crate::beta::Api::new(crate::Cloud::Global);
                crate::beta::registry::OPERATIONS
                    .iter()
                    .filter(|op| {
                        let keys: Vec<&str> = op
                            .path
                            .split(['/', '(', ')', '=', ',', '\''])
                            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                            .collect();
                        matches!(
                            crate::beta::samples::call(&api, op.method, op.path, &keys, b""),
                            Some(Ok(_))
                        )
                    })
                    .count()
            }),
            ("v1.0", crate::v1_0::registry::OPERATIONS.len(), {
                let api = crate::v1_0::Api::new(crate::Cloud::Global);
                crate::v1_0::registry::OPERATIONS
                    .iter()
                    .filter(|op| {
                        let keys: Vec<&str> = op
                            .path
                            .split(['/', '(', ')', '=', ',', '\''])
                            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
                            .collect();
                        matches!(
                            crate::v1_0::samples::call(&api, op.method, op.path, &keys, b""),
                            Some(Ok(_))
                        )
                    })
                    .count()
            }),
        ] {
            assert_eq!(count, ops, "{name}: every operation has a builder that builds");
        }
        assert_eq!(crate::beta::registry::OPERATIONS.len(), 475);
        assert_eq!(crate::v1_0::registry::OPERATIONS.len(), 368);
    }
}
