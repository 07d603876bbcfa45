//! `Edm.DateTimeOffset`: an RFC 3339 timestamp as Microsoft Graph writes it.
//!
//! Graph writes .NET `DateTimeOffset` values such as `2017-07-26T19:23:12.2316149Z`
//! (0 to 7 fraction digits, `Z` or a numeric offset, years down to `0001`). The wire
//! text is kept verbatim so that a decode/encode round trip is exact even when the
//! text is not a valid timestamp.

use chrono::{Datelike, FixedOffset, NaiveDate, TimeZone, Timelike, Utc};

use crate::invalid::InvalidFormat;
use crate::wire_text::{invalid, wire_text_impls, Cursor};

/// Format name used in [`InvalidFormat`] errors.
const FORMAT: &str = "date-time";

/// .NET `DateTime` resolution is 100 ns.
const NANOS_PER_TICK: u32 = 100;

/// An RFC 3339 date-time with offset (`Edm.DateTimeOffset`) as Microsoft Graph writes it.
///
/// The raw wire text is kept verbatim; the parsed value is `None` when the text is
/// not a valid RFC 3339 date-time.
///
/// Equality and hashing compare the raw text too, so `…Z` and `…+00:00` are not equal
/// even though they denote the same instant; compare [`DateTime::value`] for that.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DateTime {
    text: String,
    value: Option<chrono::DateTime<FixedOffset>>,
}

impl DateTime {
    /// Parses `text` strictly as an RFC 3339 `date-time`, returning an error if it is
    /// not valid.
    ///
    /// Accepted grammar: `YYYY-MM-DD('T'|'t')hh:mm:ss('.'d+)?('Z'|'z'|('+'|'-')hh:mm)`.
    /// The year is exactly four digits (`0000`–`9999`), the date must exist in the
    /// proleptic Gregorian calendar, seconds are `00`–`59` (no leap seconds, which
    /// .NET cannot represent), and the fraction may have any number of digits but at
    /// most 9 significant ones (nanosecond precision).
    pub fn parse(text: &str) -> Result<DateTime, InvalidFormat> {
        match parse_value(text) {
            Ok(value) => Ok(DateTime {
                text: text.to_owned(),
                value: Some(value),
            }),
            Err(reason) => Err(invalid(FORMAT, text, reason)),
        }
    }

    /// Wraps a wire value without failing: the text is kept, and the parsed value is
    /// `None` when the text is not a valid date-time.
    pub fn from_wire(text: impl Into<String>) -> DateTime {
        let text = text.into();
        let value = parse_value(&text).ok();
        DateTime { text, value }
    }

    /// Builds a date-time from a UTC instant, formatted the way .NET writes one:
    /// `YYYY-MM-DDTHH:MM:SS[.fffffff]Z`, with the fraction only when non-zero and
    /// trailing zeros trimmed.
    ///
    /// Fails when the instant is not representable in that form: a year outside
    /// `0000`–`9999`, a leap second, or precision finer than 100 ns (which would
    /// otherwise be silently dropped).
    pub fn from_chrono(dt: chrono::DateTime<Utc>) -> Result<DateTime, InvalidFormat> {
        let year = dt.year();
        if !(0..=9999).contains(&year) {
            return Err(invalid(
                FORMAT,
                &dt.to_rfc3339(),
                "year outside 0000-9999 cannot be written as RFC 3339".to_owned(),
            ));
        }
        let nanos = dt.nanosecond();
        // chrono encodes a leap second as nanos >= 10^9.
        if nanos >= 1_000_000_000 {
            return Err(invalid(
                FORMAT,
                &dt.to_rfc3339(),
                "leap seconds are not representable".to_owned(),
            ));
        }
        if !nanos.is_multiple_of(NANOS_PER_TICK) {
            return Err(invalid(
                FORMAT,
                &dt.to_rfc3339(),
                "precision finer than 100 ns is not representable".to_owned(),
            ));
        }
        let mut text = format!(
            "{year:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        );
        if nanos != 0 {
            let digits = format!("{:07}", nanos / NANOS_PER_TICK);
            text.push('.');
            text.push_str(digits.trim_end_matches('0'));
        }
        text.push('Z');
        Ok(DateTime {
            text,
            value: Some(dt.into()),
        })
    }

    /// The parsed value, or `None` when the text is not a valid date-time.
    pub fn value(&self) -> Option<chrono::DateTime<FixedOffset>> {
        self.value
    }

    /// The raw wire text, verbatim.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the text is a valid date-time.
    pub fn is_valid(&self) -> bool {
        self.value.is_some()
    }

    /// Returns the parsed value, or an error explaining why the text is not a valid
    /// date-time.
    pub fn validate(&self) -> Result<chrono::DateTime<FixedOffset>, InvalidFormat> {
        match self.value {
            Some(value) => Ok(value),
            // Re-parse to recover the reason; storing it would bloat every valid value.
            None => Err(invalid(
                FORMAT,
                &self.text,
                parse_value(&self.text)
                    .err()
                    .unwrap_or_else(|| "not a valid date-time".to_owned()),
            )),
        }
    }
}

/// Parses an RFC 3339 date-time, or returns the reason it is invalid.
fn parse_value(text: &str) -> Result<chrono::DateTime<FixedOffset>, String> {
    if text.is_empty() {
        return Err("empty string".to_owned());
    }
    let mut cur = Cursor::new(text);
    let year = digits(&mut cur, 4, "year")?;
    cur.expect(b'-', "'-' after year")?;
    let month = digits(&mut cur, 2, "month")?;
    cur.expect(b'-', "'-' after month")?;
    let day = digits(&mut cur, 2, "day")?;
    if !(cur.eat(b'T') || cur.eat(b't')) {
        return Err(cur.unexpected("'T' between date and time"));
    }
    let hour = digits(&mut cur, 2, "hour")?;
    cur.expect(b':', "':' after hour")?;
    let minute = digits(&mut cur, 2, "minute")?;
    cur.expect(b':', "':' after minute")?;
    let second = digits(&mut cur, 2, "second")?;
    let nanos = if cur.eat(b'.') {
        // At most 9 digits: below 10^9, so it fits in u32.
        cur.fraction(9, "more than 9 significant fraction digits (finer than 1 ns)")? as u32
    } else {
        0
    };

    let offset_seconds = match cur.peek() {
        Some(b'Z' | b'z') => {
            cur.pos += 1;
            0
        }
        Some(sign @ (b'+' | b'-')) => {
            cur.pos += 1;
            let offset_hour = digits(&mut cur, 2, "offset hour")?;
            cur.expect(b':', "':' in offset")?;
            let offset_minute = digits(&mut cur, 2, "offset minute")?;
            if offset_hour > 23 || offset_minute > 59 {
                return Err("offset out of range".to_owned());
            }
            // At most 23:59, so this fits comfortably in i32.
            let magnitude = (offset_hour * 3600 + offset_minute * 60) as i32;
            if sign == b'-' {
                -magnitude
            } else {
                magnitude
            }
        }
        _ => return Err(cur.unexpected("'Z' or a '+hh:mm'/'-hh:mm' offset")),
    };
    if !cur.at_end() {
        return Err(cur.unexpected("end of string"));
    }

    if hour > 23 {
        return Err("hour out of range".to_owned());
    }
    if minute > 59 {
        return Err("minute out of range".to_owned());
    }
    if second > 59 {
        // RFC 3339 allows 60, but .NET DateTimeOffset cannot represent a leap second.
        return Err("second out of range (leap seconds are not supported)".to_owned());
    }
    // Year has 4 digits, so it fits in i32.
    let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or_else(|| "no such calendar date".to_owned())?;
    let naive = date
        .and_hms_nano_opt(hour, minute, second, nanos)
        .ok_or_else(|| "invalid time of day".to_owned())?;
    let offset = FixedOffset::east_opt(offset_seconds).ok_or_else(|| "offset out of range".to_owned())?;
    offset
        .from_local_datetime(&naive)
        .single()
        .ok_or_else(|| "not representable with this offset".to_owned())
}

/// Exactly `count` (at most 4) decimal digits as an integer.
fn digits(cur: &mut Cursor<'_>, count: usize, what: &str) -> Result<u32, String> {
    let mut value = 0u32;
    for _ in 0..count {
        match cur.peek().filter(u8::is_ascii_digit) {
            Some(digit) => {
                value = value * 10 + u32::from(digit - b'0');
                cur.pos += 1;
            }
            None => return Err(cur.unexpected(&format!("{count}-digit {what}"))),
        }
    }
    Ok(value)
}

wire_text_impls!(DateTime, "an RFC 3339 date-time string");

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> chrono::DateTime<Utc> {
        DateTime::parse(text).unwrap().value().unwrap().with_timezone(&Utc)
    }

    #[test]
    fn year_one_round_trips() {
        let text = "0001-01-01T00:00:00Z";
        let dt = DateTime::parse(text).unwrap();
        let value = dt.value().unwrap();
        assert_eq!(value.year(), 1);
        assert_eq!(value.offset().local_minus_utc(), 0);
        assert_eq!(dt.as_str(), text);
        assert_eq!(serde_json::to_string(&dt).unwrap(), format!("\"{text}\""));
        assert_eq!(DateTime::from_chrono(value.with_timezone(&Utc)).unwrap().as_str(), text);
    }

    #[test]
    fn seven_fraction_digits() {
        let text = "2017-07-26T19:23:12.2316149Z";
        let dt = DateTime::parse(text).unwrap();
        let value = dt.value().unwrap();
        assert_eq!(value.nanosecond(), 231_614_900);
        assert_eq!(dt.to_string(), text);
        assert_eq!(DateTime::from_chrono(value.with_timezone(&Utc)).unwrap().as_str(), text);
        let json = serde_json::to_string(&dt).unwrap();
        let back: DateTime = serde_json::from_str(&json).unwrap();
        assert_eq!(back, dt);
        assert_eq!(back.as_str(), text);
    }

    #[test]
    fn other_fraction_lengths() {
        assert_eq!(utc("2017-07-26T19:23:12.5Z").nanosecond(), 500_000_000);
        assert_eq!(utc("2017-07-26T19:23:12.123456789Z").nanosecond(), 123_456_789);
        assert_eq!(utc("2017-07-26T19:23:12.1234567890000Z").nanosecond(), 123_456_789);
        assert!(DateTime::parse("2017-07-26T19:23:12.1234567891Z").is_err());
        assert!(DateTime::parse("2017-07-26T19:23:12.Z").is_err());
    }

    #[test]
    fn offsets() {
        let dt = DateTime::parse("2021-03-04T10:00:00+05:30").unwrap();
        let value = dt.value().unwrap();
        assert_eq!(value.offset().local_minus_utc(), 5 * 3600 + 30 * 60);
        assert_eq!(value.with_timezone(&Utc), utc("2021-03-04T04:30:00Z"));
        assert_eq!(dt.as_str(), "2021-03-04T10:00:00+05:30");

        let dt = DateTime::parse("2021-03-04T10:00:00-08:00").unwrap();
        assert_eq!(dt.value().unwrap().offset().local_minus_utc(), -8 * 3600);
        // Year 0001 with a positive offset is still representable (UTC is year 0).
        assert!(DateTime::parse("0001-01-01T00:00:00+14:00").is_ok());
        assert!(DateTime::parse("2021-03-04T10:00:00+24:00").is_err());
        assert!(DateTime::parse("2021-03-04T10:00:00+0530").is_err());
    }

    #[test]
    fn lowercase_separators() {
        assert_eq!(utc("2021-03-04t10:00:00z"), utc("2021-03-04T10:00:00Z"));
    }

    #[test]
    fn empty_string_through_serde() {
        let dt: DateTime = serde_json::from_str("\"\"").unwrap();
        assert_eq!(dt.as_str(), "");
        assert!(!dt.is_valid());
        assert_eq!(dt.value(), None);
        let err = dt.validate().unwrap_err();
        assert_eq!(err.format, "date-time");
        assert_eq!(err.value, "");
        assert_eq!(err.to_string(), "invalid date-time \"\": empty string");
        assert_eq!(serde_json::to_string(&dt).unwrap(), "\"\"");
        assert!(serde_json::from_str::<DateTime>("0").is_err());
        assert!(serde_json::from_str::<DateTime>("null").is_err());
    }

    #[test]
    fn garbage_invalid_without_panic() {
        for text in [
            "garbage",
            "2017",
            "2017-07-26",
            "2017-07-26T19:23:12",
            "2017-07-26 19:23:12Z",
            "17-07-26T19:23:12Z",
            "2017-7-26T19:23:12Z",
            "2017-13-01T00:00:00Z",
            "2017-02-29T00:00:00Z",
            "2017-07-26T24:00:00Z",
            "2017-07-26T19:60:00Z",
            "2016-12-31T23:59:60Z",
            "2017-07-26T19:23:12Zjunk",
            "2017-07-26T19:23:12+05",
            "2017-07-26T19:23:12+05:3",
            "2017-07-26T19:23:12.ÄZ",
            "2017-07-26T19:23:12Ä",
            "ÄÖÜ",
            "+2017-07-26T19:23:12Z",
            " 2017-07-26T19:23:12Z",
        ] {
            let dt = DateTime::from_wire(text);
            assert!(!dt.is_valid(), "{text:?} should be invalid");
            let err = dt.validate().unwrap_err();
            assert_eq!(err.value, text);
            assert!(!err.reason.is_empty());
            assert!(text.parse::<DateTime>().is_err());
        }
        assert!(DateTime::parse("2016-02-29T00:00:00Z").is_ok());
    }

    #[test]
    fn from_chrono_formatting() {
        let at = |secs: i64, nanos: u32| Utc.timestamp_opt(secs, nanos).single().unwrap();
        assert_eq!(
            DateTime::from_chrono(at(1_500_000_000, 0)).unwrap().as_str(),
            "2017-07-14T02:40:00Z"
        );
        assert_eq!(
            DateTime::from_chrono(at(1_500_000_000, 500_000_000)).unwrap().as_str(),
            "2017-07-14T02:40:00.5Z"
        );
        assert_eq!(
            DateTime::from_chrono(at(1_500_000_000, 100)).unwrap().as_str(),
            "2017-07-14T02:40:00.0000001Z"
        );
        let dt = DateTime::from_chrono(at(1_500_000_000, 123_456_700)).unwrap();
        assert_eq!(dt.as_str(), "2017-07-14T02:40:00.1234567Z");
        assert_eq!(dt.value().unwrap().timestamp_subsec_nanos(), 123_456_700);
        // from_chrono output always parses back to the same instant.
        assert_eq!(DateTime::parse(dt.as_str()).unwrap().value(), dt.value());

        let err = DateTime::from_chrono(at(1_500_000_000, 123_456_789)).unwrap_err();
        assert!(err.reason.contains("100 ns"), "{err}");
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
            .and_utc();
        assert!(DateTime::from_chrono(far).is_err());
    }
}
