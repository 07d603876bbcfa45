//! What the string-backed format types ([`DateTime`](crate::DateTime), [`Duration`](crate::Duration),
//! [`Uuid`](crate::Uuid)) share: a cursor over their ASCII syntax, their error, and serde/`Display`/`FromStr`
//! impls that keep the wire text verbatim.

use crate::invalid::InvalidFormat;

/// The error for `text`, which is not valid for `format` (`"date-time"`, `"duration"`, `"uuid"`).
pub(crate) fn invalid(format: &'static str, text: &str, reason: String) -> InvalidFormat {
    InvalidFormat {
        format,
        value: text.to_owned(),
        reason,
    }
}

/// A byte cursor over ASCII syntax; it only ever steps over ASCII bytes, so `pos` always lies on a char
/// boundary of `text`.
pub(crate) struct Cursor<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pub(crate) pos: usize,
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(text: &'a str) -> Cursor<'a> {
        Cursor {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn eat(&mut self, byte: u8) -> bool {
        if self.peek() == Some(byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub(crate) fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        if self.eat(byte) {
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
    }

    /// One or more fraction digits, scaled to exactly `width` digits (`0.5` at width 7 is 5,000,000).
    /// Trailing zeros are ignored; more significant digits than `width` is the error `too_fine`.
    pub(crate) fn fraction(&mut self, width: usize, too_fine: &str) -> Result<u128, String> {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        let digits = &self.text[start..self.pos];
        if digits.is_empty() {
            return Err(self.unexpected("fraction digits after '.'"));
        }
        let significant = digits.trim_end_matches('0');
        if significant.len() > width {
            return Err(too_fine.to_owned());
        }
        let mut scaled: u128 = 0;
        for (i, digit) in significant.bytes().enumerate() {
            scaled += u128::from(digit - b'0') * 10u128.pow((width - 1 - i) as u32);
        }
        Ok(scaled)
    }

    /// Describes what was found at the current position where `expected` was wanted.
    pub(crate) fn unexpected(&self, expected: &str) -> String {
        match self.text.get(self.pos..).and_then(|rest| rest.chars().next()) {
            Some(found) => format!("expected {expected} at byte {}, found {found:?}", self.pos),
            None => format!("expected {expected} at end of string"),
        }
    }
}

/// `Display` (the raw wire text), `FromStr` (`$ty::parse`), `Serialize` (the raw text, so invalid values
/// round-trip unchanged) and `Deserialize` (any string, through `$ty::from_wire`, so an invalid value does not
/// fail the whole document; a non-string is an error) for a type holding its wire text in `text`.
macro_rules! wire_text_impls {
    ($ty:ident, $expecting:literal) => {
        impl ::std::fmt::Display for $ty {
            /// Writes the raw wire text.
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.text)
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::invalid::InvalidFormat;

            #[doc = concat!("Same as [`", stringify!($ty), "::parse`].")]
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $ty::parse(s)
            }
        }

        impl ::serde::Serialize for $ty {
            /// Serializes the raw wire text, so invalid values round-trip unchanged.
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.text)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            #[doc = concat!("Accepts any string (via [`", stringify!($ty), "::from_wire`]); non-strings are an error.")]
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct TextVisitor;

                impl ::serde::de::Visitor<'_> for TextVisitor {
                    type Value = $ty;

                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: ::serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        Ok($ty::from_wire(v))
                    }

                    fn visit_string<E: ::serde::de::Error>(self, v: String) -> Result<$ty, E> {
                        Ok($ty::from_wire(v))
                    }
                }

                deserializer.deserialize_str(TextVisitor)
            }
        }
    };
}
pub(crate) use wire_text_impls;
