//! `Uuid`: a `format: uuid` string, kept verbatim so a malformed or differently-cased id survives
//! the round trip and never fails a whole response.

use crate::invalid::InvalidFormat;
use crate::wire_text::invalid;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Uuid {
    text: String,
    value: Option<uuid::Uuid>,
}

impl Uuid {
    /// Strict parse.
    pub fn parse(text: &str) -> Result<Uuid, InvalidFormat> {
        let u = Uuid::from_wire(text);
        u.validate()?;
        Ok(u)
    }
    /// Keeps any text; `value()` is `None` when it is not a UUID.
    pub fn from_wire(text: impl Into<String>) -> Uuid {
        let text = text.into();
        let value = uuid::Uuid::try_parse(&text).ok().filter(|_| text.len() == 36);
        Uuid { text, value }
    }
    pub fn value(&self) -> Option<uuid::Uuid> {
        self.value
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    pub fn is_valid(&self) -> bool {
        self.value.is_some()
    }
    pub fn validate(&self) -> Result<uuid::Uuid, InvalidFormat> {
        self.value
            .ok_or_else(|| invalid("uuid", &self.text, "expected 8-4-4-4-12 hexadecimal digits".to_string()))
    }
}

impl From<uuid::Uuid> for Uuid {
    fn from(value: uuid::Uuid) -> Self {
        Uuid {
            text: value.hyphenated().to_string(),
            value: Some(value),
        }
    }
}

crate::wire_text::wire_text_impls!(Uuid, "a UUID string");
