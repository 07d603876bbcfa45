//! The whole Applications module and the other sample modules, generated at build time: CI builds
//! and lints this crate so the generator is proven beyond the synchronization fragment. Not published.

// The generated code names the runtime as `crate::…`, as it does inside msgraph-sync.
pub use msgraph_sync::*;

macro_rules! whole_module {
    ($module:ident, $dir:literal) => {
        pub mod $module {
            msgraph_sync::__generated_modules!($dir,);
        }
    };
}

whole_module!(beta, "beta");
whole_module!(v1_0, "v1_0");
// `hostile.yaml` (bidi controls, control characters and odd names everywhere), as build.rs
// writes it and as prettyplease formats it: rustc and clippy must accept both.
// Of the other sample modules (`codegen/tests/upstream/modules/`), build.rs generates all five;
// only v1.0 People is compiled here: compiling the others costs minutes of CI each.
whole_module!(people, "modules/graph-v1.0-People/v1_0");
// The Reports modules: OData functions with typed parameters (`date={date}`, `top={top}`) and
// parameter aliases (`aggregationIntervalInMinutes=@aggregationIntervalInMinutes`).
whole_module!(reports_beta, "reports/graph-beta-Reports/beta");
whole_module!(reports_v1_0, "reports/graph-v1.0-Reports/v1_0");
whole_module!(hostile, "pretty/hostile");
whole_module!(hostile_compact, "compact/hostile");
// `codegen/tests/fixtures/deprecations.yaml`: `#[deprecated]` builders and models.
whole_module!(deprecations, "deprecations/deprecations");
// `codegen/tests/fixtures/colliding_names.yaml`: arguments the generator had to number.
whole_module!(colliding_names, "colliding/names");

/// The expected outputs of `codegen/tests/constructs/` (models and enums of each construct).
pub mod constructs {
    include!(concat!(env!("OUT_DIR"), "/constructs.rs"));
}

#[cfg(test)]
mod tests {
    /// A value for each key of a path template (`{x}` inside segments and alternate keys alike):
    /// its name, except where a typed function parameter needs a literal of its type (the
    /// Reports modules' dates, date-times and integers, named so in every document).
    fn keys(path: &str) -> Vec<&str> {
        path.split(['/', '(', ')', '=', ',', '\''])
            .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
            .map(|key| match key {
                "date" => "2026-01-31",
                "top" | "skip" => "10",
                _ if key.ends_with("DateTime") => "2026-01-31T00:00:00Z",
                _ => key,
            })
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
        assert_eq!(builds_all!(people), (3, 3));
        let (reports_beta, built) = builds_all!(reports_beta);
        assert_eq!(built, reports_beta);
        let (reports_v1_0, built) = builds_all!(reports_v1_0);
        assert_eq!(built, reports_v1_0);
        assert_eq!(builds_all!(hostile), (3, 3));
        assert_eq!(builds_all!(hostile_compact), (3, 3));
        assert_eq!(builds_all!(colliding_names), (2, 2));
        assert_eq!(builds_all!(deprecations), (6, 6));
    }

    /// Wire names with bidi and control characters are matched and written exactly as the spec
    /// spells them, and a required query parameter is sent under its exact name.
    macro_rules! hostile_wire_names {
        ($module:ident) => {{
            use crate::$module::{Api, BitsMember, Kind, Thing};
            let json = r#"{"\u202ereversed":"r","isolate\u2066\u2069":"i","cr\rname":"c","nul\u0000name":"n","x\u00b2":"x","\u0663x":"y","@":"a","\u200e":"m","kind":"\u202eleft","flags":"\u202eone","value":["left","\u0000","cr\rmember","\u061c"]}"#;
            let thing: Thing = serde_json::from_str(json).expect("decodes");
            assert!(thing.additional_properties.is_empty(), "{thing:?}");
            let text = |field: &crate::Maybe<String>| field.value().cloned().unwrap_or_default();
            let fields = [&thing.reversed, &thing.isolate, &thing.cr_name, &thing.nul_name, &thing.x, &thing.x_2, &thing.field, &thing.field_2];
            assert_eq!(fields.map(text), ["r", "i", "c", "n", "x", "y", "a", "m"]);
            assert_eq!(thing.kind.value(), Some(&Kind::Left));
            assert!(thing.flags.value().is_some_and(|bits| bits.contains(&BitsMember::One)));
            assert_eq!(thing.value.value(), Some(&vec![Kind::Left2, Kind::Empty, Kind::CrMember, Kind::Empty4]));
            let expected: serde_json::Value = serde_json::from_str(json).expect("JSON");
            assert_eq!(serde_json::to_value(&thing).expect("encodes"), expected);
            let request = Api::new(crate::Cloud::Global).things().get("v").build().expect("builds");
            assert_eq!(request.uri().to_string(), "https://graph.microsoft.com/hostile/things?@%E2%80%AEid=v");
        }};
    }

    #[test]
    fn hostile_wire_names_are_kept_exactly() {
        hostile_wire_names!(hostile);
        hostile_wire_names!(hostile_compact);
    }

    /// Arguments the generator numbered (`app_id_2`, `body_2`) still send each value under its own
    /// wire name, in the place the spec gives it.
    #[test]
    fn numbered_arguments_keep_their_wire_names() {
        use crate::colliding_names::{Api, Thing};
        let api = Api::new(crate::Cloud::Global);
        let get = api.things_by_app_id_and_app_id("a", "b").get().build().expect("builds");
        assert_eq!(
            get.uri().to_string(),
            "https://graph.microsoft.com/names/things(appId='a',app_id='b')"
        );
        let create = api
            .refs()
            .create("q", "x", "y", &Thing::default())
            .build()
            .expect("builds");
        let uri = create.uri().to_string();
        let query: std::collections::BTreeSet<&str> = uri.split_once('?').expect("query").1.split('&').collect();
        assert_eq!(query, ["@id=x", "body=q", "id=y"].into_iter().collect());
        assert_eq!(create.body(), b"{}");
    }

    /// Typed function parameters go into the path as OData literals (integers bare, dates bare,
    /// strings quoted), an alias's value into the query as `@name`, and no value, however hostile,
    /// leaves its place: what the built `http::Request` carries.
    #[test]
    fn function_parameters_are_odata_literals_and_aliases_query_options() {
        let api = crate::reports_beta::Api::new(crate::Cloud::Global);
        let metrics = |start: &str, end: &str, minutes: Option<i32>| {
            api.reports()
                .service_activity()
                .get_metrics_for_conditional_access_compliant_devices_sign_in_success_by_inclusive_interval_start_date_time_and_exclusive_interval_end_date_time(start, end, minutes)
                .list()
                .build()
        };
        let request = metrics("2026-01-01T00:00:00Z", "2026-01-02T00:00:00.5+01:00", Some(15)).expect("builds");
        assert_eq!(
            request.uri().to_string(),
            "https://graph.microsoft.com/beta/reports/serviceActivity/microsoft.graph.getMetricsForConditionalAccessCompliantDevicesSignInSuccess(inclusiveIntervalStartDateTime=2026-01-01T00:00:00Z,exclusiveIntervalEndDateTime=2026-01-02T00:00:00.5%2B01:00,aggregationIntervalInMinutes=@aggregationIntervalInMinutes)?@aggregationIntervalInMinutes=15"
        );
        // No alias value: nothing in the query (OData reads the alias as null).
        let request = metrics("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", None).expect("builds");
        assert!(request.uri().query().is_none(), "{}", request.uri());
        // A date-time that would close the call and add a parameter does not build.
        for hostile in [
            "2026-01-01T00:00:00Z),x=(1",
            "2026-01-01T00:00:00Z/../../x",
            "now",
            "2026-01-01T00:00:00Z,a=1",
        ] {
            assert!(
                matches!(
                    metrics(hostile, "2026-01-02T00:00:00Z", None),
                    Err(crate::BuildError::Literal { .. })
                ),
                "{hostile}"
            );
        }
        // Integers are bare, a quoted string keeps its quotes with `'` doubled and is encoded.
        let request = api
            .reports()
            .managed_device_enrollment_abandonment_details_by_skip_and_top_and_filter_and_skip_token(
                -1, 50, "a')/x?y#", "t",
            )
            .get()
            .build()
            .expect("builds");
        assert_eq!(
            request.uri().path(),
            "/beta/reports/microsoft.graph.managedDeviceEnrollmentAbandonmentDetails(skip=-1,top=50,filter='a%27%27%29%2Fx%3Fy%23',skipToken='t')"
        );
        // A date must be YYYY-MM-DD.
        let v1 = crate::reports_v1_0::Api::new(crate::Cloud::Global);
        let report = |date: &str| {
            v1.reports()
                .get_office365_active_user_detail_by_date(date)
                .get()
                .build()
        };
        assert_eq!(
            report("2026-01-31").expect("builds").uri().path(),
            "/v1.0/reports/microsoft.graph.getOffice365ActiveUserDetail(date=2026-01-31)"
        );
        assert!(matches!(
            report("2026-01-31)/x"),
            Err(crate::BuildError::Literal { .. })
        ));
    }

    /// A deprecated builder still builds its request (the operation works until Microsoft removes
    /// it); calling it is a rustc warning for users, allowed here, and the registry carries the note.
    #[test]
    #[allow(deprecated)]
    fn deprecated_operations_still_build_and_the_registry_names_them() {
        use crate::deprecations::Api;
        let job = Api::new(crate::Cloud::Global)
            .service_principals("sp")
            .synchronization()
            .jobs()
            .item("j");
        let request = job.validate_credentials().build().expect("builds");
        assert_eq!(
            request.uri().path(),
            "/deprecations/servicePrincipals/sp/synchronization/jobs/j/microsoft.graph.validateCredentials"
        );
        let entry = crate::registry::OperationEntry::find(
            crate::deprecations::registry::OPERATIONS,
            "POST",
            "/servicePrincipals/{servicePrincipal-id}/synchronization/jobs/{synchronizationJob-id}/microsoft.graph.validateCredentials",
        )
        .expect("listed");
        assert!(
            entry
                .deprecation
                .is_some_and(|note| note.contains("removal on 2027-07-06")),
            "{entry:?}"
        );
        let _model = crate::deprecations::OldReport::default();
    }
}
