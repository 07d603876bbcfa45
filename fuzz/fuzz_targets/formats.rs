//! The wire-text parsers: flags, durations, date-times and UUIDs. The first byte picks the parser,
//! the rest is the text. Each keeps what it received (written back byte-equal) and never panics;
//! a value that parses re-parses from its canonical form to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use msgraph_sync::v1_0::{ObjectFlowTypes, SynchronizationJobRestartScope};
use msgraph_sync::{DateTime, Duration, Uuid};

fn flags<F>(text: &str)
where
    F: std::fmt::Display + std::fmt::Debug + PartialEq + serde::Serialize + serde::de::DeserializeOwned,
{
    let json = serde_json::to_string(text).unwrap();
    let decoded: F = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_string(&decoded).unwrap(), json, "flags respelled");
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    match which % 5 {
        0 => {
            flags::<SynchronizationJobRestartScope>(text);
            let set = SynchronizationJobRestartScope::from_wire(text);
            let canonical = set.to_canonical();
            assert!(canonical.is_canonical());
            let again = SynchronizationJobRestartScope::from_wire(&canonical.to_string());
            assert!(
                again.is_canonical(),
                "canonical form {canonical} re-decodes as non-canonical"
            );
            assert_eq!(again, set, "the canonical form is another set");
        }
        1 => {
            flags::<ObjectFlowTypes>(text);
            let set = ObjectFlowTypes::from_wire(text);
            assert_eq!(ObjectFlowTypes::from_wire(&set.to_canonical().to_string()), set);
        }
        2 => {
            let d = Duration::from_wire(text);
            assert_eq!(d.as_str(), text);
            if let Some(ticks) = d.ticks() {
                let canonical = Duration::from_ticks(ticks);
                assert_eq!(Duration::parse(canonical.as_str()).map(|c| c.ticks()), Ok(Some(ticks)));
            } else {
                assert!(d.validate().is_err());
            }
        }
        3 => {
            let t = DateTime::from_wire(text);
            assert_eq!(t.as_str(), text);
            if let Some(value) = t.value() {
                if let Ok(canonical) = DateTime::from_chrono(value.to_utc()) {
                    assert_eq!(
                        DateTime::parse(canonical.as_str()).ok().and_then(|c| c.value()),
                        Some(value)
                    );
                }
            } else {
                assert!(t.validate().is_err());
            }
        }
        _ => {
            let u = Uuid::from_wire(text);
            assert_eq!(u.as_str(), text);
            assert_eq!(u.is_valid(), u.validate().is_ok());
        }
    }
});
