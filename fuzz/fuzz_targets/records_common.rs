//! Shared by the CSV and JSON Lines targets.

use std::collections::HashSet;

use msgraph_sync_provisioning::attribute_map::AttributeMap;
use msgraph_sync_provisioning::records::{Chunker, InputFormat, Planned, RecordReader};

const MAP: &str = "Id = externalId\nMail = userName\nActive = active\nLevel = urn:x:User:level as integer\nWork = emails[type eq \"work\"].value\n";

pub fn read_all(data: &[u8], format: InputFormat) {
    let map = AttributeMap::parse(MAP, "map.txt").expect("the map parses");
    // Lines a reader may name: one per line ending, plus the last.
    let lines = 1 + data.iter().filter(|b| **b == b'\n' || **b == b'\r').count() as u64;
    let Ok(reader) = RecordReader::new(Box::new(std::io::Cursor::new(data.to_vec())), format, map, "fuzz") else {
        return;
    };
    let mut ids = HashSet::new();
    for item in Chunker::new(reader, 7) {
        match item {
            Err(_) => return,
            Ok(Planned::Rejected(error)) => assert!(error.line >= 1 && error.line <= lines, "{error}"),
            Ok(Planned::Chunk(chunk)) => {
                assert!(chunk.records.len() <= 7);
                for record in &chunk.records {
                    assert!(record.line >= 1 && record.line <= lines, "{record:?}");
                    assert!(ids.insert(record.external_id.clone()), "{record:?} sent twice");
                }
            }
        }
    }
}
