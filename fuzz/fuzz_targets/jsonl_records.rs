//! JSON Lines input on arbitrary bytes through the reader and the chunker: records or errors naming
//! a line within the input, never a panic; no externalId goes into two operations.
#![no_main]

mod records_common;

use libfuzzer_sys::fuzz_target;
use msgraph_sync_provisioning::records::InputFormat;

fuzz_target!(|data: &[u8]| {
    records_common::read_all(data, InputFormat::JsonLines);
});
