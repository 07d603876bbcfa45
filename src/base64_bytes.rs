//! [`Base64Bytes`]: binary content, base64 in JSON.

/// Binary content (`format: binary`/`byte`), base64 on the wire in JSON.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Base64Bytes(pub Vec<u8>);

impl serde::Serialize for Base64Bytes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use base64::Engine;
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Base64Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use base64::Engine;
        let text = crate::key::Key::deserialize(deserializer)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.0.as_bytes())
            .map(Base64Bytes)
            .map_err(serde::de::Error::custom)
    }
}
